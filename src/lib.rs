//! trustmend: a guided-recovery workbook in the terminal.
//!
//! The core is pure (`model`, `content`, `workbook`, `report`, `ui`); the
//! edges do the I/O (`store` for the disk, `app` for the terminal, `cli`).
#![deny(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod content;
pub mod country;
pub mod crypto;
pub mod doctor;
pub mod effects;
pub mod hardening;
pub mod helplines;
pub mod homework;
pub mod i18n;
pub mod keymap;
pub mod measures;
pub mod model;
pub mod privacy;
pub mod progress;
pub mod report;
pub mod search;
pub mod store;
#[doc(hidden)]
pub mod synthetic;
pub mod text;
pub mod ui;
pub mod vault;
pub mod walk;
pub mod workbook;
pub mod working;
