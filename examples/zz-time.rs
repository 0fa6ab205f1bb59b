#![allow(clippy::unwrap_used, clippy::expect_used)]
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::Arc;
use std::time::Instant;
use trustmend::content::Content;
use trustmend::store::DataDir;
use trustmend::workbook::{Msg, Workbook};
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
fn main() {
    let dir = DataDir::at(std::env::args().nth(1).unwrap().into());
    for _ in 0..3 {
        let t = Instant::now();
        let store = dir.load_store().unwrap().unwrap();
        let a = t.elapsed();
        let t = Instant::now();
        let copy = store.clone();
        let b = t.elapsed();
        let session = dir.load_session().unwrap_or_default();
        let content = Arc::new(Content::bundled().unwrap());
        let t = Instant::now();
        let mut wb = Workbook::new(content, store, session, Some("Alex"));
        let c = t.elapsed();
        let now = chrono::DateTime::parse_from_rfc3339("2092-06-12T09:00:00+01:00").unwrap();
        wb.update(Msg::Resize(80, 24), now);
        let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let t = Instant::now();
        term.draw(|f| trustmend::ui::draw(f, &wb)).unwrap();
        let d = t.elapsed();
        let t = Instant::now();
        drop(wb);
        drop(copy);
        let e = t.elapsed();
        println!("load {a:?} clone {b:?} new {c:?} draw {d:?} drop {e:?}");
    }
}
