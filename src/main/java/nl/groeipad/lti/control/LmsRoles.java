package nl.groeipad.lti.control;

import java.util.Collection;
import nl.groeipad.lti.entity.LisRoles;
import nl.groeipad.platform.entity.Role;

/** The LIS role mapping of launches, for other features that read roles from the LMS (NRPS members). */
public final class LmsRoles {
    private LmsRoles() {
    }

    /** Groeipad's role for these LIS roles (full URIs or the short names NRPS sends, e.g. "Learner"). */
    public static Role of(Collection<String> lisRoles) {
        return LisRoles.toGroeipad(lisRoles);
    }
}
