//! Write a realistic synthetic workbook for benchmarks and manual testing:
//! two partners, entries of typical length (some much longer), a check-in
//! every day, commitments, and an assignment.
//!
//! cargo run --release --example gen-store -- --entries 10000 --out DIR
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use trustmend::content::Content;
use trustmend::store::DataDir;

fn main() -> Result<()> {
    let mut entries = 10_000usize;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--entries" => {
                entries = args
                    .next()
                    .context("--entries needs a number")?
                    .parse()
                    .context("--entries needs a number")?;
            }
            "--out" => out = Some(args.next().context("--out needs a directory")?.into()),
            "--help" | "-h" => {
                println!("gen-store --entries N --out DIR");
                return Ok(());
            }
            other => bail!("unknown argument {other:?}; use --entries N --out DIR"),
        }
    }
    let out = out.context("give --out DIR (it must not hold a store.json yet)")?;
    let dir = DataDir::at(out.clone());
    if dir.store_path().exists() {
        bail!(
            "{} already exists; choose an empty directory",
            dir.store_path().display()
        );
    }
    dir.ensure()?;
    let content = Content::bundled().map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut s = trustmend::synthetic::store(&content, entries);
    // As trustmend itself saves: with the summary the first screen is drawn from.
    dir.save_store(&mut s)?;
    let bytes = std::fs::metadata(dir.store_path())?.len();
    println!(
        "Wrote {} entries, {} check-ins ({:.1} MB) to {}",
        s.entries.len(),
        s.checkins.len(),
        bytes as f64 / 1e6,
        dir.store_path().display()
    );
    Ok(())
}
