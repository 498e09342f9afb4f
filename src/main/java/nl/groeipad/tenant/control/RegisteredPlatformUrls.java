package nl.groeipad.tenant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import nl.groeipad.platform.control.EmbeddingPlatforms;

/** The issuer and authorization URLs of every registration: the LMSs that may show Groeipad in a frame. */
@ApplicationScoped
public class RegisteredPlatformUrls implements EmbeddingPlatforms {

    @PersistenceContext(unitName = "groeipad")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> urls() {
        var urls = new HashSet<String>();
        for (var row : em.createQuery("SELECT t.issuer, t.authUrl FROM Tenant t", Object[].class).getResultList()) {
            urls.add((String) row[0]);
            urls.add((String) row[1]);
        }
        return urls;
    }
}
