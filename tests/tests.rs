//! The binary's behaviour, tested end to end in fresh temporary directories.

#[macro_use]
mod util;

mod cache;
mod containers;
mod demo;
mod detectors;
mod documents;
mod dumps;
mod encodings;
mod external_quality;
mod formats;
mod gate;
mod hostile_cli;
mod hostile_detectors;
mod hostile_inputs;
mod hostile_paths;
mod hostile_structured;
mod html;
mod live_db;
mod quality;
mod report;
mod sarif;
mod scale;
mod split;
mod ux;
mod walk;
