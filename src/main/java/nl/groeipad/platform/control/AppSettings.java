package nl.groeipad.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Supplier;

/** Installation-wide settings that belong to no tenant (generated secrets, the demo platform's key). */
@ApplicationScoped
@Transactional
public class AppSettings {

    @PersistenceContext(unitName = "groeipad")
    EntityManager em;

    public Optional<String> get(String name) {
        return NativeSql.tenantless(em, "select setting_value from app_setting where name = ?")
                .setParameter(1, name).getResultStream().findFirst().map(Object::toString);
    }

    /** The stored value, or the created one stored now (first start). */
    public String getOrCreate(String name, Supplier<String> create) {
        return get(name).orElseGet(() -> {
            var value = create.get();
            NativeSql.tenantless(em, "insert into app_setting (name, setting_value) values (?, ?)")
                    .setParameter(1, name).setParameter(2, value).executeUpdate();
            return value;
        });
    }
}
