package nl.groeipad.lti.control;

import nl.groeipad.lti.entity.PlatformServices;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.TenantId;

/**
 * CDI event: a launch was accepted and its person, course and enrolment recorded. Fired inside the launch's
 * transaction (synchronous observers write in it, and a failure refuses the launch), so observers that only react
 * observe it {@code during = AFTER_SUCCESS}. {@code courseId} is null for a launch outside a course.
 *
 * @param subject the platform's {@code sub} for the person (the {@code userId} of AGS scores and NRPS members)
 */
public record LaunchRecorded(TenantId tenant, String userId, String subject, Role role, String courseId,
                             String resourceLinkId, PlatformServices services) {
}
