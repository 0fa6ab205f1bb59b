//! trustmend: a guided-recovery workbook in the terminal.
//!
//! The core is pure (`model`, `content`, `workbook`, `report`, `ui`); the
//! edges do the I/O (`store` for the disk, `app` for the terminal, `cli`).
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub(crate) mod app;
pub mod cli;
pub mod commands;
pub(crate) mod config;
pub mod content;
pub(crate) mod country;
pub mod crypto;
pub mod doctor;
pub(crate) mod effects;
pub mod hardening;
pub mod homework;
pub(crate) mod i18n;
pub mod keymap;
#[cfg(test)]
mod keys_doc;
pub(crate) mod mapped;
pub(crate) mod measures;
pub mod model;
pub mod own_editor;
pub mod privacy;
pub(crate) mod progress;
pub mod report;
pub(crate) mod search;
pub(crate) mod settings;
pub mod standing;
pub mod store;
#[doc(hidden)]
pub mod synthetic;
#[cfg(test)]
mod testing;
pub mod text;
pub mod ui;
pub mod vault;
pub mod walk;
pub mod workbook;
pub(crate) mod working;
