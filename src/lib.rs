//! trustmend: a guided-recovery workbook in the terminal.
//!
//! The core is pure (`model`, `content`, `workbook`, `report`, `ui`); the
//! edges do the I/O (`store` for the disk, `app` for the terminal, `cli`).
#![deny(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod app;
pub mod cli;
pub mod commands;
pub mod content;
pub mod doctor;
pub mod keymap;
pub mod model;
pub mod report;
pub mod store;
pub mod text;
pub mod ui;
pub mod workbook;
