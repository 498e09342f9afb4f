package nl.groeipad.lti.entity;

import java.util.Collection;
import java.util.Map;
import nl.groeipad.platform.entity.Role;

/**
 * LIS roles (LTI 1.3 Core §A.2) mapped to Groeipad roles. The strongest role sent wins; no known role, or
 * no role at all, gives the least privilege: participant.
 *
 * <table>
 *   <caption>LIS role to Groeipad role</caption>
 *   <tr><th>LIS role (suffix, any vocabulary)</th><th>Groeipad</th></tr>
 *   <tr><td>system/person#Administrator, system/person#SysAdmin, institution/person#Administrator,
 *       membership#Administrator</td><td>admin</td></tr>
 *   <tr><td>membership#Instructor, membership#ContentDeveloper, membership#Mentor,
 *       membership/Instructor#TeachingAssistant (and other Instructor sub-roles)</td><td>coach</td></tr>
 *   <tr><td>membership#Learner (and sub-roles), institution/person#Student, anything else</td><td>participant</td></tr>
 * </table>
 */
public final class LisRoles {

    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";

    private static final Map<String, Role> ROLES = Map.ofEntries(
            Map.entry(LIS + "system/person#Administrator", Role.ADMIN),
            Map.entry(LIS + "system/person#SysAdmin", Role.ADMIN),
            Map.entry(LIS + "institution/person#Administrator", Role.ADMIN),
            Map.entry(LIS + "membership#Administrator", Role.ADMIN),
            Map.entry(LIS + "membership#Instructor", Role.COACH),
            Map.entry(LIS + "membership#ContentDeveloper", Role.COACH),
            Map.entry(LIS + "membership#Mentor", Role.COACH),
            Map.entry(LIS + "membership#Learner", Role.PARTICIPANT));

    private LisRoles() {
    }

    public static Role toGroeipad(Collection<String> lisRoles) {
        var best = Role.PARTICIPANT;
        for (var lisRole : lisRoles) {
            var mapped = map(lisRole);
            if (mapped.ordinal() > best.ordinal()) {
                best = mapped;
            }
        }
        return best;
    }

    private static Role map(String lisRole) {
        if (lisRole == null) {
            return Role.PARTICIPANT;
        }
        var known = ROLES.get(lisRole);
        if (known != null) {
            return known;
        }
        // Sub-roles: membership/Instructor#TeachingAssistant is an Instructor role (Core §A.2.3.1).
        if (lisRole.startsWith(LIS + "membership/Instructor#")) {
            return Role.COACH;
        }
        // Short (deprecated but sent by some platforms) simple names: "Instructor", "Administrator".
        return switch (lisRole) {
            case "Instructor", "Mentor", "TeachingAssistant", "ContentDeveloper" -> Role.COACH;
            case "Administrator" -> Role.ADMIN;
            default -> Role.PARTICIPANT;
        };
    }
}
