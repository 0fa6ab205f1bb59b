//! Issue 22, item 10: locking a protected person who is unlocked, which the
//! quick exit, passing the keyboard and the idle lock do before the screen
//! is blanked or covered, at 10,000 and 100,000 entries. Locking is
//! dropping: the sealed copies are the ones read from the disk (kept when
//! unlocking), so nothing is sealed on the way out. Budget: well within one
//! frame (under 50 ms) at both sizes.
//!
//! Run: `cargo bench --bench lock` (setting up 100,000 sealed entries takes
//! a minute: each is sealed once, then opened once).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use trustmend::model::Session;
use trustmend::vault::{self, Sealer};

/// The same allocator as the binary, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn bench_lock(c: &mut Criterion) {
    let content = trustmend::content::Content::bundled().unwrap_or_else(|e| panic!("{e}"));
    let mut group = c.benchmark_group("lock an unlocked protected person");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    for n in [10_000, 100_000] {
        let mut store = trustmend::synthetic::store(&content, n);
        let alex = store.partners[0].id;
        let (key, _recovery) = vault::protect_partner(&mut store, alex, "river stones by the sea")
            .unwrap_or_else(|e| panic!("{e}"));
        // As on the disk, then unlocked as the app unlocks.
        let disk = Sealer::default()
            .store_for_disk(&store)
            .unwrap_or_else(|e| panic!("{e}"))
            .into_owned();
        let (mut opened, mut session, mut sealer) = (disk, Session::default(), Sealer::default());
        let failed = vault::open_partner(
            &mut sealer,
            &mut opened,
            &mut session,
            alex,
            &key,
            &vault::Ahead::default(),
        );
        assert_eq!(failed, 0);
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter_batched(
                || (opened.clone(), session.clone(), sealer.clone()),
                |(mut store, mut session, mut sealer)| {
                    let plain = sealer
                        .lock_partner(&mut store, &mut session, alex)
                        .unwrap_or_else(|e| panic!("{e}"));
                    black_box(plain);
                    (store, session, sealer)
                },
                BatchSize::PerIteration,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, bench_lock);
criterion_main!(benches);
