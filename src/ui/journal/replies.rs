//! Replies as the screens show them: under the entry they answer (in the
//! journal and in Shared, for both partners), and above the editor while
//! one is written. Who may read which reply is `privacy::replies_to`.

use ratatui::buffer::Buffer;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::super::Ctx;
use super::super::widgets::{Rows, inset, para};
use crate::model::{Entry, EntryId, PartnerId};
use crate::privacy;
use crate::text;

/// Who wrote an entry or a reply, for the catalogue's `who` and `name`:
/// "you", a former partner, or their name.
fn name(ctx: &Ctx, id: PartnerId) -> (&'static str, String) {
    if Some(id) == ctx.seen.me {
        return ("you", String::new());
    }
    ctx.seen
        .store
        .partner(id)
        .map_or(("former", String::new()), |p| {
            ("name", text::one_line(&p.name, 20))
        })
}

/// The lines under an entry: each reply the viewer may read, oldest first,
/// with who wrote it and when.
pub(in crate::ui) fn under(ctx: &Ctx, e: &Entry, width: u16) -> Vec<Line<'static>> {
    let Some(me) = ctx.seen.me else {
        return Vec::new();
    };
    if e.kind.reply_to().is_some() {
        return Vec::new();
    }
    let mut lines = Vec::new();
    for r in privacy::replies_to(ctx.seen.store, me, e.id) {
        lines.push(Line::default());
        let (who, name) = name(ctx, r.author);
        lines.push(Line::styled(
            crate::t!(
                "reply-replied",
                who = who,
                name = name,
                when = ctx.date_time(&r.created)
            ),
            ctx.theme.accent,
        ));
        lines.extend(para(
            &ctx.seen.readable_text(&r.body),
            width,
            ratatui::style::Style::new(),
        ));
    }
    lines
}

/// What a reply in its writer's journal answers ("Your reply to Alex's
/// entry of 1 Mar 2026 09:00"), without showing an entry no longer theirs
/// to read.
pub(super) fn answers(ctx: &Ctx, to: EntryId) -> String {
    let store = ctx.seen.store;
    match (ctx.seen.me, store.entry(to)) {
        (Some(me), Some(e)) if privacy::can_read(store, me, e) => {
            let (who, name) = name(ctx, e.author);
            crate::t!(
                "reply-answers",
                who = who,
                name = name,
                when = ctx.date_time(&e.created)
            )
        }
        _ => crate::t!("reply-answers-gone"),
    }
}

/// Above the reply editor: the entry being answered (its first lines), and
/// the box's title saying the reply is shared.
pub(super) fn editing(ctx: &Ctx, to: EntryId, rows: &mut Rows, buf: &mut Buffer) -> String {
    let (t, store) = (ctx.theme, ctx.seen.store);
    let Some(e) = store.entry(to) else {
        return crate::t!("reply-title");
    };
    let (who, name) = name(ctx, e.author);
    let width = inset(rows.area).width;
    let mut lines = para(
        &crate::t!(
            "reply-replying-to",
            who = who,
            name = name.as_str(),
            when = ctx.date_time(&e.created)
        ),
        width,
        t.title,
    );
    let shown = ctx.seen.readable_text(&e.body);
    let (title, words) = super::title_and_words(e, &shown);
    let quoted = match title {
        Some(title) => format!("{title}\n{words}"),
        None => words.to_string(),
    };
    let mut quote = para(&quoted, width.saturating_sub(2), t.dim);
    quote.truncate(3);
    lines.extend(
        quote
            .into_iter()
            .map(|l| Line::from(format!("│ {}", line_text(&l))).style(t.dim)),
    );
    lines.push(Line::default());
    let n = lines.len();
    Paragraph::new(lines).render(inset(rows.take(n)), buf);
    crate::t!("reply-title-shared", who = who, name = name)
}

fn line_text(l: &Line) -> String {
    l.spans.iter().map(|s| s.content.as_ref()).collect()
}
