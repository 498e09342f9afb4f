package nl.groeipad.catalogue.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import nl.groeipad.catalogue.entity.SearchTerms;
import nl.groeipad.platform.entity.TenantId;

/**
 * Turns {@link SearchCriteria} into JPQL statements for one page and the total count. They work on an organisation's
 * items (tenant scoping is added by EclipseLink, never here) and on the global shared snapshots (where the caller's
 * own organisation is left out), because both keep their content in the same embedded columns.
 *
 * <p>No joins and no collections, and two statements however many rows match:
 * <ul>
 *   <li><b>In title order</b> (filters alone): first the page's ids in title order, each row with the total as an
 *       uncorrelated sub-select ({@link #ids}), then the page's rows by id ({@link #byIds}). The ids come from the
 *       index on (tenant, title) alone, so a deep page ({@code offset} 5,000) skips index entries instead of whole
 *       rows, and only the page's rows are read. An empty page beyond the first asks the total on its own
 *       ({@link #count}).</li>
 *   <li><b>Ranked</b> (free text on the shared list): one SELECT with LIMIT/OFFSET ({@link #select}) and one SELECT
 *       COUNT. Free text is analysed ({@link SearchTerms}: Dutch stems, compound parts, phonetic keys) and matched
 *       per word on the stored {@code search_terms}: a term starting with the word's stem, or all its compound parts,
 *       or its phonetic key (a typo). Items whose title contains more of the words come first, then items with the
 *       words themselves (before parts and sound-alikes), then alphabetical.</li>
 * </ul>
 *
 * @param select     the ranked page query, rows {@code Object[]{entity, rank}}; {@code null} when not ranked
 * @param ids        the page's ids in title order, rows {@code Object[]{id, total}}; {@code null} when ranked
 * @param byIds      the rows of the page's ids ({@code :ids})
 * @param count      the count query
 * @param parameters named parameters for all of them
 */
public record ItemQuery(String select, String ids, String byIds, String count, Map<String, Object> parameters,
                        boolean ranked) {

    static final char ESCAPE = '!';

    /** An organisation's own catalogue. */
    public static ItemQuery forItems(SearchCriteria criteria) {
        return build("CatalogueItem", criteria, List.of(), Map.of());
    }

    /** The material other organisations share: everything shared except what {@code viewer} shared itself. */
    public static ItemQuery forShared(SearchCriteria criteria, TenantId viewer) {
        return build("SharedCatalogueItem", criteria, List.of(alias -> alias + ".ownerTenantId <> :viewer"),
                Map.of("viewer", viewer.value()));
    }

    /** Runs two statements: the page and the total (in title order: the page's ids with the total, then their rows). */
    public <T> Page<T> run(EntityManager em, Class<T> type, int offset, int limit) {
        if (ranked) {
            List<?> rows = bound(em.createQuery(select), select).setFirstResult(offset).setMaxResults(limit)
                    .getResultList();
            var items = rows.stream().map(row -> type.cast(((Object[]) row)[0])).toList();
            return new Page<>(items, total(em), offset, limit);
        }
        List<?> rows = bound(em.createQuery(ids), ids).setFirstResult(offset).setMaxResults(limit).getResultList();
        if (rows.isEmpty()) {
            return new Page<>(List.of(), offset == 0 ? 0 : total(em), offset, limit);
        }
        var pageIds = rows.stream().map(row -> ((Object[]) row)[0]).toList();
        var units = em.getEntityManagerFactory().getPersistenceUnitUtil();
        var found = new HashMap<Object, T>();
        em.createQuery(byIds, type).setParameter("ids", pageIds).getResultList()
                .forEach(item -> found.put(units.getIdentifier(item), item));
        // A row removed between the two statements is left out; the page never holds a stranger.
        var items = pageIds.stream().map(found::get).filter(Objects::nonNull).toList();
        return new Page<>(items, ((Number) ((Object[]) rows.getFirst())[1]).longValue(), offset, limit);
    }

    private long total(EntityManager em) {
        return bound(em.createQuery(count, Long.class), count).getSingleResult();
    }

    private <Q extends Query> Q bound(Q query, String statement) {
        parameters.forEach((name, value) -> {
            if (uses(statement, name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    /** Whether the statement names this parameter (the page's order uses some the count does not need). */
    static boolean uses(String statement, String name) {
        return java.util.regex.Pattern.compile(":" + name + "(?![A-Za-z0-9_])").matcher(statement).find();
    }

    private static ItemQuery build(String entity, SearchCriteria c, List<UnaryOperator<String>> extraConditions,
                                   Map<String, Object> extraParameters) {
        var params = new LinkedHashMap<String, Object>(extraParameters);
        var where = whereClause("i", entity, c, extraConditions, params);
        var words = c.searchWords();
        var count = "select count(i) from " + entity + " i" + where;
        var byIds = "select i from " + entity + " i where i.id in :ids";
        if (c.sort() == SearchCriteria.Sort.RELEVANCE && !words.isEmpty()) {
            // Title words first, then exact words before compound parts and sound-alikes (typos).
            var hits = new ArrayList<String>();
            for (int i = 0; i < words.size(); i++) {
                params.put("t" + i, contains(words.get(i).stem()));
                hits.add("case when i.content.titleKey like :t" + i + " escape '" + ESCAPE + "' then 2 else 0 end");
                hits.add("case when i.content.searchTerms like :s" + i + " escape '" + ESCAPE + "' then 1 else 0 end");
            }
            var select = "select i, " + String.join(" + ", hits) + " as rank"
                    + " from " + entity + " i" + where + " order by rank desc, i.content.titleKey, i.id";
            return new ItemQuery(select, null, byIds, count, Map.copyOf(params), true);
        }
        var total = "(select count(j) from " + entity + " j" + whereClause("j", entity, c, extraConditions, params) + ")";
        var ids = "select i.id, " + total + " from " + entity + " i" + where + " order by i.content.titleKey, i.id";
        return new ItemQuery(null, ids, byIds, count, Map.copyOf(params), false);
    }

    /** The criteria as a WHERE clause on the alias {@code a} (empty without criteria); fills in the parameters. */
    private static String whereClause(String a, String entity, SearchCriteria c, List<UnaryOperator<String>> extraConditions,
                                      Map<String, Object> params) {
        var where = new ArrayList<String>();
        extraConditions.forEach(condition -> where.add(condition.apply(a)));
        var words = c.searchWords();
        for (int i = 0; i < words.size(); i++) {
            var word = words.get(i);
            var anyOf = new ArrayList<String>();
            anyOf.add(terms(a, params, "s" + i, " " + word.stem()));
            if (!word.parts().isEmpty()) {
                var allParts = new ArrayList<String>();
                for (int p = 0; p < word.parts().size(); p++) {
                    allParts.add(terms(a, params, "p" + i + "_" + p, " " + word.parts().get(p) + " "));
                }
                anyOf.add("(" + String.join(" and ", allParts) + ")");
            }
            if (word.key() != null) {
                anyOf.add(terms(a, params, "k" + i, " " + word.key() + " "));
            }
            where.add("(" + String.join(" or ", anyOf) + ")");
        }
        condition(where, params, a + ".content.competencyKey = :competencyKey", "competencyKey", c.competencyKey());
        condition(where, params, a + ".content.competencyTitle = :competencyTitle", "competencyTitle",
                c.competencyTitle());
        if (c.level() != null) {
            where.add(a + ".content.level" + Character.toUpperCase(c.level()) + " = true");
        }
        condition(where, params, a + ".content.kind = :kind", "kind", c.kind());
        condition(where, params, a + ".content.online = :online", "online", c.online());
        if (c.style() != null) {
            var name = c.style().name();
            where.add(a + ".content.style" + name.charAt(0) + name.substring(1).toLowerCase() + " = true");
        }
        condition(where, params, a + ".content.language = :language", "language", c.language());
        if (c.source() != null && entity.equals("CatalogueItem")) {
            where.add(a + ".source = :source");
            params.put("source", c.source());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    /**
     * {@code searchTerms LIKE '%text%'}: " stem" finds a term that starts with the stem, " part " exactly that term
     * (stored terms have a space on either side).
     */
    private static String terms(String a, Map<String, Object> params, String name, String text) {
        params.put(name, escaped("%", text, "%"));
        return a + ".content.searchTerms like :" + name + " escape '" + ESCAPE + "'";
    }

    private static void condition(List<String> where, Map<String, Object> params, String clause, String name,
                                  Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }

    /** A LIKE pattern for "contains", with the wildcards of the word itself escaped. */
    static String contains(String word) {
        return escaped("%", word, "%");
    }

    private static String escaped(String before, String word, String after) {
        var escaped = new StringBuilder(word.length() + 2).append(before);
        for (var ch : word.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(ch);
        }
        return escaped.append(after).toString();
    }
}
