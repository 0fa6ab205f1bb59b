//! `docs/keys.md`, made from the same tables as the footer and the help, so
//! the document can never disagree with the keys. A test rewrites nothing by
//! itself: it fails when the file is stale, and `UPDATE_DOCS=1 cargo test`
//! writes it.

use crate::keymap::{Context, bindings, key_name};

pub(crate) fn markdown() -> String {
    let mut out = String::from(
        "# Keys\n\n\
         <!-- Made from src/keymap.rs by a test; edit the tables there, then run\n     \
         `UPDATE_DOCS=1 cargo test --lib keymap` to rewrite this file. -->\n\n\
         Every screen shows its most useful keys at the bottom; `?` (or F1 while\n\
         writing) shows all of them. Arrows and vim-style keys both work in lists\n\
         (↑/↓ and k/j, Home/End and g/G). The mouse wheel scrolls wherever ↑/↓ do\n\
         (hold Shift to select text with the mouse).\n\n\
         While writing, the editor also understands the usual terminal shortcuts\n\
         (Ctrl+A/Ctrl+E start/end of line, Ctrl+U undo, Ctrl+R redo, Ctrl+←/→ by\n\
         word). Ctrl+O takes what you are writing to your own editor\n\
         (see `editor` in docs/config.md); the quick exit and F2 do not reach\n\
         it there.\n\n\
         With a screen reader, choose a door. The full screen keeps the\n\
         terminal's cursor on the selected row of every list and menu, or at the\n\
         start of the text being read, so a reader that follows the cursor (Orca,\n\
         NVDA, VoiceOver) announces it; start it with `trustmend --accessible` (or\n\
         `accessible = true` in config.toml) to drop box borders and anything\n\
         that moves, and to keep one thing to choose on a line. `trustmend walk` (below) is the same workbook as plain lines\n\
         printed once each, for reading line by line.\n",
    );
    for &ctx in Context::ALL {
        let title = ctx.title();
        out.push_str(&format!(
            "\n## {title}\n\n| Keys | What they do |\n| --- | --- |\n"
        ));
        for b in bindings(ctx) {
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|k| format!("`{}`", key_name(k)))
                .collect();
            // The footer writes "↑↓ move" for the pair; here each row is one key.
            let what = match b.action {
                crate::keymap::Action::Up => format!("{} up", b.hint),
                _ => b.hint.to_string(),
            };
            out.push_str(&format!("| {} | {what} |\n", keys.join(" ")));
        }
    }
    // `trustmend walk` types choices rather than keys: its own section.
    out.push_str(&crate::walk::keys_markdown());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_keys_md_is_up_to_date() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/keys.md");
        let want = markdown();
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "docs/keys.md is out of date with src/keymap.rs; run `UPDATE_DOCS=1 cargo test --lib keymap` and commit it"
        );
    }

    #[test]
    fn every_context_is_documented() {
        // Each context once, by construction: `Context::ALL` and the enum
        // are made from one list (`contexts!`).
        let doc = markdown();
        assert!(
            doc.contains("| `Ctrl+O` | your own editor ($VISUAL, $EDITOR or nano; the quick exit and F2 do not reach it) |"),
            "{doc}"
        );
        assert!(doc.contains("| `↑` `k` | move up |"), "{doc}");
    }
}
