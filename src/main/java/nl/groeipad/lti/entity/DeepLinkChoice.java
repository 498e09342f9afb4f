package nl.groeipad.lti.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a teacher chose a deep-linked Groeipad activity to open (Deep Linking 2.0, issue 10 §4): the participant's
 * home, one route, or the observation of one competency. It travels to the platform as the {@code custom}
 * parameters of an {@code ltiResourceLink} and comes back in every launch of that activity, where
 * {@link Landing} reads it. The graded choices carry a line item so the platform makes a gradebook column.
 */
public sealed interface DeepLinkChoice {

    String OPEN = "groeipad_open";
    String ROUTE = "groeipad_route";
    String COMPETENCY = "groeipad_competency";
    /** Route and competency ids as Groeipad makes them: letters, digits, '-', '_' and '.', at most 100. */
    Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /** The activity's title in the course. */
    String title();

    /** The line of text under it. */
    String text();

    /** The custom parameters the platform sends back at every launch of the activity. */
    Map<String, String> custom();

    /** The gradebook column for graded choices (AGS line item: label, scoreMaximum, resourceId, tag). */
    Optional<LineItem> lineItem();

    record LineItem(String label, int scoreMaximum, String resourceId, String tag) {
        public Map<String, Object> json() {
            var json = new LinkedHashMap<String, Object>();
            json.put("label", label);
            json.put("scoreMaximum", scoreMaximum);
            json.put("resourceId", resourceId);
            json.put("tag", tag);
            return json;
        }
    }

    /** "Mijn groeipad": the participant's home with plan, today's tasks and progress; not graded. */
    record Home(String title, String text) implements DeepLinkChoice {
        @Override
        public Map<String, String> custom() {
            return Map.of(OPEN, "home");
        }

        @Override
        public Optional<LineItem> lineItem() {
            return Optional.empty();
        }
    }

    /**
     * One route of the organisation; its column is 0–100. The grades feature posts each participant's route progress
     * (steps done of all steps) to it, found by this resourceId and tag (docs/lms.md).
     */
    record Route(String routeId, String title, String text) implements DeepLinkChoice {
        public static final int SCORE_MAXIMUM = 100;
        public static final String TAG = "groeipad-route";

        public Route {
            requireId(routeId);
        }

        @Override
        public Map<String, String> custom() {
            return Map.of(OPEN, "route", ROUTE, routeId);
        }

        @Override
        public Optional<LineItem> lineItem() {
            return Optional.of(new LineItem(title, SCORE_MAXIMUM, "groeipad-route-" + routeId, TAG));
        }
    }

    /**
     * Workplace observation of one competency of the published framework. The same line item (resourceId
     * {@code groeipad-competency-<key>}, tag {@code groeipad-competency}) that the grades feature finds and scores when
     * an observation of that competency is concluded (the level reached out of 3); the platform scales it to 0–100.
     */
    record Observation(String competencyKey, String title, String text) implements DeepLinkChoice {
        public static final int SCORE_MAXIMUM = 100;
        public static final String TAG = "groeipad-competency";

        public Observation {
            requireId(competencyKey);
        }

        @Override
        public Map<String, String> custom() {
            return Map.of(OPEN, "observation", COMPETENCY, competencyKey);
        }

        @Override
        public Optional<LineItem> lineItem() {
            return Optional.of(new LineItem(title, SCORE_MAXIMUM, "groeipad-competency-" + competencyKey, TAG));
        }
    }

    private static void requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an id: " + id);
        }
    }
}
