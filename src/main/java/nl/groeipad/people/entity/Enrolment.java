package nl.groeipad.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person's part in a course, as the LMS last said with a launch: their role follows the latest launch
 * (a learner promoted to teaching assistant becomes a coach).
 */
@Entity
@Table(name = "enrolment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = Enrolment.OF, query = "select e from Enrolment e where e.courseId = :courseId and e.userId = :userId")
@NamedQuery(name = Enrolment.PEOPLE_IN_ROLE, query = """
        select u, e.lastLaunchAt from Enrolment e, LmsUser u
        where e.userId = u.id and e.courseId = :courseId and e.role = :role
        order by e.lastLaunchAt desc, u.id""")
@NamedQuery(name = Enrolment.PERSON_IN_ROLE, query = """
        select u, e.lastLaunchAt from Enrolment e, LmsUser u
        where e.userId = u.id and e.courseId = :courseId and e.userId = :userId and e.role = :role""")
@NamedQuery(name = Enrolment.COUNT_IN_ROLE,
        query = "select count(e) from Enrolment e where e.courseId = :courseId and e.role = :role")
public class Enrolment {

    public static final String OF = "Enrolment.of";
    public static final String PEOPLE_IN_ROLE = "Enrolment.peopleInRole";
    public static final String PERSON_IN_ROLE = "Enrolment.personInRole";
    public static final String COUNT_IN_ROLE = "Enrolment.countInRole";

    @Id
    private String id;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "user_id")
    private String userId;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "last_launch_at")
    private Instant lastLaunchAt;

    protected Enrolment() {
    }

    public Enrolment(Course course, LmsUser user, Role role, Instant now) {
        this.id = Ids.newId();
        this.courseId = course.id();
        this.userId = user.id();
        this.role = role;
        this.lastLaunchAt = now;
    }

    public void launched(Role currentRole, Instant now) {
        this.role = currentRole;
        this.lastLaunchAt = now;
    }

    public Role role() {
        return role;
    }
}
