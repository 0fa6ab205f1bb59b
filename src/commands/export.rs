//! The filters of `trustmend export`, checked before anything is written.

use anyhow::{Result, bail};

use crate::cli::ExportFilters;
use crate::content::Content;
use crate::report::filter::Filter;

pub(super) fn filter<'a>(content: &Content, f: &'a ExportFilters) -> Result<Filter<'a>> {
    if let (Some(since), Some(until)) = (f.since, f.until)
        && since > until
    {
        bail!("--since {since} is after --until {until}; nothing would be exported. Swap them.");
    }
    if let Some(id) = f.strategy.as_deref()
        && content.strategy(id).is_none()
    {
        let ids: Vec<&str> = content.strategies.iter().map(|s| s.id.as_str()).collect();
        bail!(
            "--strategy {id:?} is not a strategy of this content pack; use one of: {}",
            ids.join(", ")
        );
    }
    Ok(Filter {
        since: f.since,
        until: f.until,
        strategy: f.strategy.as_deref(),
        shared_only: f.shared_only,
    })
}
