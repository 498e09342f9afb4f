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
@NamedQuery(name = Enrolment.OF_LAUNCH, query = """
        select u, c, e from LmsUser u, Course c, Enrolment e
        where u.subject = :subject and c.contextId = :contextId and e.userId = u.id and e.courseId = c.id""")
@NamedQuery(name = Enrolment.PEOPLE_IN_ROLE, query = """
        select u, e.lastLaunchAt, e.launched from Enrolment e, LmsUser u
        where e.userId = u.id and e.courseId = :courseId and e.role = :role
        and (e.lmsStatus is null or e.lmsStatus <> 'Inactive')
        order by e.launched desc, e.lastLaunchAt desc, u.id""")
@NamedQuery(name = Enrolment.PERSON_IN_ROLE, query = """
        select u, e.lastLaunchAt, e.launched from Enrolment e, LmsUser u
        where e.userId = u.id and e.courseId = :courseId and e.userId = :userId and e.role = :role""")
@NamedQuery(name = Enrolment.COUNT_IN_ROLE, query = """
        select count(e) from Enrolment e where e.courseId = :courseId and e.role = :role
        and (e.lmsStatus is null or e.lmsStatus <> 'Inactive')""")
@NamedQuery(name = Enrolment.OF_COURSE, query = "select e from Enrolment e where e.courseId = :courseId")
public class Enrolment {

    public static final String OF = "Enrolment.of";
    /** The person, the course and the enrolment of a launch by someone already enrolled in it: one statement. */
    public static final String OF_LAUNCH = "Enrolment.ofLaunch";
    public static final String PEOPLE_IN_ROLE = "Enrolment.peopleInRole";
    public static final String PERSON_IN_ROLE = "Enrolment.personInRole";
    public static final String COUNT_IN_ROLE = "Enrolment.countInRole";
    public static final String OF_COURSE = "Enrolment.ofCourse";
    /** NRPS membership status of someone the LMS no longer counts as taking part. */
    public static final String INACTIVE = "Inactive";

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
    /** False for someone known only from the LMS's roster (NRPS): enrolled, but never launched Groeipad. */
    private boolean launched;
    @Column(name = "lms_status")
    private String lmsStatus;

    protected Enrolment() {
    }

    public Enrolment(Course course, LmsUser user, Role role, Instant now) {
        this.id = Ids.newId();
        this.courseId = course.id();
        this.userId = user.id();
        this.role = role;
        this.lastLaunchAt = now;
        this.launched = true;
    }

    /** Someone the LMS's roster (NRPS) lists who never launched Groeipad ("nog niet gestart"). */
    public static Enrolment fromRoster(Course course, LmsUser user, Role role, String status, Instant now) {
        var enrolment = new Enrolment(course, user, role, now);
        enrolment.launched = false;
        enrolment.lmsStatus = status;
        return enrolment;
    }

    public void launched(Role currentRole, Instant now) {
        this.role = currentRole;
        this.lastLaunchAt = now;
        this.launched = true;
    }

    /** What the LMS's roster says now: its role wins, its status (Active / Inactive) is kept. */
    public void rostered(Role lmsRole, String status) {
        this.role = lmsRole;
        this.lmsStatus = status;
    }

    public String userId() {
        return userId;
    }

    public boolean hasLaunched() {
        return launched;
    }

    public Role role() {
        return role;
    }

    public Instant lastLaunchAt() {
        return lastLaunchAt;
    }
}
