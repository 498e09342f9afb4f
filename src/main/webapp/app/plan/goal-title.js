// Goal titles in plain words. Plans accepted from an intake before issue 8 got generated titles such as
// "Ik werk aan: Veilig werken (niveau A)"; they are shown as the competency in plain words ("Veilig werken"), the
// level being shown apart. Pure: no DOM, testable in Node.
const GENERATED = /^Ik werk aan:\s*(.+?)\s*\(niveau [ABC]\)$/;

/** The title as a participant should read it. */
export function plainGoalTitle(title) {
  const text = String(title ?? '').trim();
  const generated = GENERATED.exec(text);
  return generated ? generated[1] : text;
}
