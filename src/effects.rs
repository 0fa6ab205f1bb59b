//! The one interpreter of effects, shared by the full screen (`app`) and
//! `trustmend walk`. The workbook says what must happen ([`Effect`]); an
//! [`Edge`] knows how (a background writer and the terminal, or synchronous
//! saves and stdin); this module is the only place that joins the two, so
//! both doors have the same saving, quitting and unlocking rules.
//!
//! What it guarantees, whatever the edge:
//! - a save goes to disk as the workbook's sealed copy, numbered by the
//!   workbook; its result comes back as a message with that number, so
//!   "Saved" is only ever derived from a durable number;
//! - quitting waits for the saves asked for and hands their results back;
//!   the edge leaves only when [`Workbook::may_leave`] says so.

use std::collections::VecDeque;
use std::path::Path;
use std::sync::Arc;

use crate::model::{Store, StoreError, Timestamp};
use crate::store::DataDir;
use crate::store::saver::Saver;
use crate::workbook::{Effect, Msg, Protecting, Rescue, SaveTarget, Unlocking, Workbook};

/// What an edge does for the interpreter.
pub(crate) trait Edge {
    /// Write the store (already sealed where it must be) as save `seq`.
    /// The result comes back from [`Edge::results`] or [`Edge::settle`].
    fn write_store(&mut self, seq: u64, store: Store);
    /// Write `session.json` (already serialized and sealed) as save `seq`.
    fn write_session(&mut self, seq: u64, bytes: Vec<u8>);
    /// Results that came in, without waiting.
    fn results(&mut self) -> Vec<Msg>;
    /// Waits for the result of every write asked for (up to the edge's own
    /// limit; one not answered by then is reported as failed).
    fn settle(&mut self) -> Vec<Msg>;
    /// Run the person's own editor on `text`.
    fn open_editor(&mut self, text: &str) -> Result<String, String>;
    /// Derive a partner's key from their passphrase (slow on purpose: the
    /// app does it off the UI thread). The answer comes back as
    /// [`Msg::Unlocked`] from [`Edge::results`].
    fn unlock(&mut self, work: Unlocking);
    /// Protect a partner: their key made and `work`'s records sealed (slow:
    /// the app does it off the UI thread, with [`Msg::Sealing`] as it goes).
    /// The answer comes back as [`Msg::Protected`] from [`Edge::results`].
    fn protect(&mut self, work: Protecting);
}

/// Whether the edge should go on or leave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flow {
    Stay,
    Leave,
}

/// Carry out `effects` (and whatever the messages they bring back cause).
pub(crate) fn carry_out(
    wb: &mut Workbook,
    edge: &mut dyn Edge,
    effects: Vec<Effect>,
    now: &dyn Fn() -> Timestamp,
) -> Flow {
    let mut queue: VecDeque<Effect> = effects.into();
    let mut flow = Flow::Stay;
    while let Some(effect) = queue.pop_front() {
        let more = match effect {
            Effect::SaveStore(save) => {
                edge.write_store(save.seq, *save.copy);
                Vec::new()
            }
            Effect::SaveSession(save) => match crate::store::session_to_json(&save.copy) {
                Ok(bytes) => {
                    edge.write_session(save.seq, bytes);
                    Vec::new()
                }
                Err(e) => wb.update(
                    Msg::SaveFailed(SaveTarget::Session, save.seq, e.into()),
                    now(),
                ),
            },
            Effect::OpenEditor { text } => {
                let result = edge.open_editor(&text);
                wb.update(Msg::EditorReturned(result), now())
            }
            Effect::WriteCopy(rescue) => {
                let result = write_copy(*rescue, now());
                wb.update(Msg::CopyWritten(result), now())
            }
            Effect::Unlock(work) => {
                edge.unlock(*work);
                Vec::new()
            }
            Effect::Protect(work) => {
                edge.protect(work);
                Vec::new()
            }
            Effect::ChooseLanguage { lang, file, pack } => {
                let saved = match &file {
                    Some(f) => crate::config::save_language(f, lang.code()),
                    None => Err(crate::t!("language-no-settings-file")),
                };
                // From here on every sentence is said in it, and the
                // bundled pack follows it (a pack of one's own does not).
                crate::i18n::set_language(lang);
                let content = pack
                    .then(|| crate::content::Content::bundled_in(lang.code()).ok())
                    .flatten()
                    .map(Arc::new);
                wb.update(Msg::LanguageChosen { content, saved }, now())
            }
            Effect::LeaveNow => {
                // Leaves at once; what was handed to the writer is still
                // written before the process ends.
                flow = Flow::Leave;
                Vec::new()
            }
            Effect::Quit => {
                let mut more = Vec::new();
                for msg in edge.settle() {
                    more.extend(wb.update(msg, now()));
                }
                if wb.may_leave() {
                    flow = Flow::Leave;
                }
                more
            }
        };
        queue.extend(more);
    }
    flow
}

/// Feed the results that came in to the workbook, and carry out what
/// they cause.
pub(crate) fn poll(wb: &mut Workbook, edge: &mut dyn Edge, now: &dyn Fn() -> Timestamp) -> Flow {
    let mut flow = Flow::Stay;
    for msg in edge.results() {
        let effects = wb.update(msg, now());
        if carry_out(wb, edge, effects, now) == Flow::Leave {
            flow = Flow::Leave;
        }
    }
    flow
}

/// Nobody is there to answer "not saved yet" (the window closed, input
/// ended, a signal came) and a save failed: the workbook's own "write a
/// copy" is carried out into `folder` (the temporary folder, which is often
/// another disk), so the words are somewhere on the way out, and
/// [`Workbook::parting_words`] says where.
pub(crate) fn rescue(
    wb: &mut Workbook,
    edge: &mut dyn Edge,
    folder: &Path,
    now: &dyn Fn() -> Timestamp,
) -> Flow {
    if wb.may_leave() || wb.is_read_only() {
        return Flow::Leave;
    }
    let effects = wb.update(
        Msg::NobodyToAsk {
            folder: folder.display().to_string(),
        },
        now(),
    );
    carry_out(wb, edge, effects, now)
}

/// The quick exit leaves at once, before its saves are answered; when
/// they failed after all, the copy goes to `folder` as for a closed
/// window (the workbook decides: see `Msg::NobodyToAsk`), so the words on
/// the way out can say where it is.
pub(crate) fn rescue_after_quick_exit(
    wb: &mut Workbook,
    edge: &mut dyn Edge,
    folder: &Path,
    now: &dyn Fn() -> Timestamp,
) {
    if wb.quick_exited() {
        let effects = wb.update(
            Msg::NobodyToAsk {
                folder: folder.display().to_string(),
            },
            now(),
        );
        carry_out(wb, edge, effects, now);
    }
}

/// The copy of everything in memory (sealed as on disk, by the workbook)
/// in a new folder inside the one chosen, readable only by this user;
/// returns that folder.
fn write_copy(rescue: Rescue, now: Timestamp) -> Result<String, String> {
    let Rescue {
        folder,
        mut store,
        session,
    } = rescue;
    let parent = Path::new(&folder);
    if !parent.is_dir() {
        return Err(format!("{} is not a folder.", parent.display()));
    }
    let name = format!("trustmend-copy-{}", now.format("%Y-%m-%dT%H-%M-%S"));
    let dir = DataDir::at(parent.join(name));
    if dir.root().exists() {
        return Err(format!("{} already exists.", dir.root().display()));
    }
    dir.ensure().map_err(|e| e.to_string())?;
    dir.save_store(&mut store).map_err(|e| e.to_string())?;
    let session = crate::store::session_to_json(&session).map_err(|e| e.to_string())?;
    dir.write_session_bytes(&session)
        .map_err(|e| e.to_string())?;
    Ok(dir.root().display().to_string())
}

/// An edge that writes at once, on this thread: `trustmend walk`'s (there is
/// no screen to keep responsive, and every answer is on the disk before the
/// next question), and the tests'. It runs no editor; unlocking is done at
/// once too.
pub(crate) struct AtOnce {
    pub saver: Saver,
    results: Vec<Msg>,
}

impl AtOnce {
    pub(crate) fn new(saver: Saver) -> AtOnce {
        AtOnce {
            saver,
            results: Vec::new(),
        }
    }
}

impl AtOnce {
    fn answered(&mut self, target: SaveTarget, seq: u64, result: Result<(), StoreError>) {
        self.results.push(match result {
            Ok(()) => Msg::Saved(target, seq),
            Err(why) => Msg::SaveFailed(target, seq, why.into()),
        });
    }
}

impl Edge for AtOnce {
    fn write_store(&mut self, seq: u64, store: Store) {
        match self.saver.save_reported(store) {
            Ok(report) => {
                self.answered(SaveTarget::Store, seq, Ok(()));
                if report.backups_resealed > 0 {
                    self.results
                        .push(Msg::BackupsSealed(report.backups_resealed));
                }
            }
            Err(e) => self.answered(SaveTarget::Store, seq, Err(e)),
        }
    }

    fn write_session(&mut self, seq: u64, bytes: Vec<u8>) {
        let result = self.saver.dir().write_session_bytes(&bytes);
        self.answered(SaveTarget::Session, seq, result);
    }

    fn results(&mut self) -> Vec<Msg> {
        std::mem::take(&mut self.results)
    }

    fn settle(&mut self) -> Vec<Msg> {
        std::mem::take(&mut self.results)
    }

    fn open_editor(&mut self, _: &str) -> Result<String, String> {
        Err(crate::t!("walk-edge-no-editor"))
    }

    fn unlock(&mut self, work: Unlocking) {
        self.results.push(work.run());
    }

    fn protect(&mut self, work: Protecting) {
        // Nobody watches a progress line here: only the answer is kept.
        let answer = work.run(&mut |_| {});
        self.results.push(answer);
    }
}
