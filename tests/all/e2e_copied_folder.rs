//! A data folder copied without its timestamps (`cp -r`, a backup tool, a
//! new laptop) starts as quickly as the original: the first frame comes
//! from its summary, which is judged by what the files hold, not when they
//! were written. And a summary found stale is written again at start, even
//! if the session saves nothing.

use crate::common;

use common::{Tui, keys};
use trustmend::content::Content;
use trustmend::store::DataDir;

fn large(n: usize) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    let mut store = trustmend::synthetic::store(&Content::bundled().unwrap(), n);
    dir.save_store(&mut store).unwrap();
    assert!(dir.load_summary().is_some());
    tmp
}

/// Every file copied, contents only, each with a new modification time.
fn copy_without_times(from: &std::path::Path) -> tempfile::TempDir {
    let to = tempfile::tempdir().unwrap();
    let earlier = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let copy = to.path().join(path.file_name().unwrap());
            std::fs::copy(&path, &copy).unwrap();
            let file = std::fs::File::options().write(true).open(&copy).unwrap();
            file.set_modified(earlier).unwrap();
        }
    }
    to
}

#[test]
fn a_folder_copied_without_its_times_draws_its_first_frame_from_the_summary() {
    let original = large(20_000);
    let copy = copy_without_times(original.path());
    let mut tui = Tui::start(copy.path(), &["--profile", "Alex"]);
    // Drawn from the summary while the journal is read.
    tui.wait_for("Opening your journal");
    assert!(
        tui.screen().contains("Journal (10000 entries)"),
        "{}",
        tui.screen()
    );
    tui.wait_gone("Opening your journal");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}

#[test]
fn a_stale_summary_is_never_drawn_and_is_written_again_without_a_save() {
    let tmp = large(2_000);
    let dir = DataDir::at(tmp.path().to_path_buf());
    // The journal changed by something that leaves no summary (a restore,
    // an older trustmend): Alex is now called Alix.
    let mut store = dir.load_store().unwrap().unwrap();
    store.partners[0].name = "Alix".into();
    let summary = std::fs::read(dir.summary_path()).unwrap();
    dir.save_store(&mut store).unwrap();
    std::fs::write(dir.summary_path(), summary).unwrap();
    assert_eq!(dir.load_summary(), None);
    let journal = std::fs::read(dir.store_path()).unwrap();

    let mut tui = Tui::start(tmp.path(), &["--profile", "Alix"]);
    tui.wait_for("Alix");
    let first = tui.screen();
    assert!(
        !first.contains("Alex"),
        "the stale summary was drawn:\n{first}"
    );
    assert!(!first.contains("Opening your journal"), "{first}");
    // Quit at once: nothing saved, yet the summary is current again.
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    // Nothing was saved (a save would have written the summary anyway).
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), journal);
    assert!(!dir.changes_path().exists());
    let again = dir
        .load_summary()
        .expect("the summary was not written again");
    assert_eq!(again.store.partners[0].name, "Alix");
}
