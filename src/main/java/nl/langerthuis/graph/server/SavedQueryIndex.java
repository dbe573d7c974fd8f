package nl.langerthuis.graph.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import nl.langerthuis.graph.api.SavedQuery;

/**
 * {@code /queries} for a browser: each saved query with its question, its variables, and links to
 * open it in GraphiQL and to fetch its answer as JSON or CSV.
 */
final class SavedQueryIndex {
  private SavedQueryIndex() {}

  static String html(List<SavedQuery> queries) {
    StringBuilder page =
        new StringBuilder(
            """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Saved queries · langer-thuis-graph</title>
              <style>
                body { font: 15px/1.45 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
                section { border-top: 1px solid #ddd; padding: .5rem 0 1rem; }
                pre { white-space: pre-wrap; margin: .25rem 0; font: inherit; }
                code { font-size: 90%; }
              </style>
            </head>
            <body>
            <h1>Saved queries</h1>
            <p>Each runs at <code>/queries/NAME</code> with its variables as URL parameters, as JSON or
            (<code>?format=csv</code>) as CSV, and on <code>/graphql</code> by <code>documentId</code>.
            Open one in <a href="/">GraphiQL</a> to change it.</p>
            """);
    for (SavedQuery query : queries) {
      page.append(section(query));
    }
    return page.append("</body>\n</html>\n").toString();
  }

  private static String section(SavedQuery query) {
    String url = "/queries/" + query.name();
    String variables =
        query.variables().isEmpty()
            ? "none"
            : query.variables().stream()
                .map(v -> "<code>" + escape(v.name()) + ": " + escape(v.type()) + "</code>")
                .collect(Collectors.joining(", "));
    boolean runnable = query.variables().stream().noneMatch(SavedQuery.Variable::required);
    String links =
        "<a href=\"/?query="
            + URLEncoder.encode(query.text(), StandardCharsets.UTF_8)
            + "\">open in GraphiQL</a>"
            + (runnable
                ? " · <a href=\"" + url + "\">JSON</a> · <a href=\"" + url + "?format=csv\">CSV</a>"
                : "");
    return "<section id=\""
        + escape(query.name())
        + "\">\n<h2><code>"
        + escape(query.name())
        + "</code></h2>\n<pre>"
        + escape(query.description())
        + "</pre>\n<p>Variables: "
        + variables
        + ". Rows: <code>"
        + escape(
            query.rows().stream().map(SavedQuery.RowList::path).collect(Collectors.joining(", ")))
        + "</code>. documentId: <code>sha256:"
        + query.sha256()
        + "</code></p>\n<p>"
        + links
        + "</p>\n</section>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
