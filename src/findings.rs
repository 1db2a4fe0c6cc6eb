//! Turning what the engine found into [`Finding`]s: a candidate's value masked, its
//! fingerprint made and its suppression decided ([`make_finding`]); a column hint's held
//! value made a finding ([`held_finding`]); offsets of a decoded stream moved back to
//! the stored bytes ([`remap`]); and each finding sent where it belongs ([`route`]).

use std::path::Path;
use std::sync::Arc;

use crate::detect::engine::{Candidate, Engine};
use crate::detect::{Category, Confidence};
use crate::extract::join::Held;
use crate::inventory::{Finding, Suppressed, Tally};
use crate::line_cursor::LineCursor;
use crate::mask;
use crate::policy::{Suppression, FINGERPRINT_CONTEXT};
use crate::source::input::SharedOffsets;
use crate::validate::Env;
use crate::worker::WorkerSettings;

/// What turns held values into findings: see [`held_finding`].
#[derive(Clone, Copy)]
pub(crate) struct HeldContext<'x> {
    pub(crate) settings: &'x WorkerSettings,
    pub(crate) path: &'x Arc<Path>,
    /// The path as it is (for fingerprints).
    pub(crate) real: &'x Path,
    /// `column_hint.<category>` per category, indexed by `Category as usize`.
    pub(crate) hint_ids: &'x [Arc<str>],
    /// The scan date, for minors.
    pub(crate) env: &'x Env,
}

/// A finding for a plain value (`content`) in a column named for a label-only category
/// (`name`, `address`, `birthday`, `face_feature`): the column name is its label. Starts
/// `low`; the column hint raises it to `medium` when it is attributed.
pub(crate) fn held_finding(
    cx: HeldContext<'_>,
    h: &Held,
    content: &[u8],
) -> Option<(Finding, Option<Suppression>)> {
    let settings = cx.settings;
    if Confidence::Medium < settings.min_confidence {
        return None;
    }
    let detector = Arc::clone(&cx.hint_ids[h.category as usize]);
    let fingerprint = if settings.policy.fingerprints() {
        let path_bytes = crate::source::path_bytes(cx.real);
        settings.policy.fingerprint(&path_bytes, &detector, content, b"", b"")
    } else {
        String::new()
    };
    // A value inside a cell is never a source line: no inline marker applies to it.
    let suppression = settings.policy.suppression(h.category, false, b"", content, &fingerprint);
    let minor = h.category == Category::DateOfBirth
        && crate::detect::facts::birth_date(h.category, content)
            .or_else(|| {
                // A DATE/DATETIME value: its date part.
                let text = std::str::from_utf8(content).ok()?;
                crate::validate::date::parse(text.split([' ', 'T']).next()?.as_bytes())
            })
            .is_some_and(|born| crate::detect::facts::is_minor(born, cx.env));
    let finding = Finding {
        path: Arc::clone(cx.path),
        start: h.cell.start,
        end: h.cell.end,
        line: h.line,
        col: 0,
        category: h.category,
        detector,
        confidence: Confidence::Low,
        value: mask::render(h.category, content, settings.values),
        table: None,
        column: None,
        row: None,
        test_value: false,
        minor,
        fingerprint,
        value_hash: settings.value_key.hash_of(h.category, content),
    };
    Some((finding, suppression))
}

/// How many suppressed findings are listed: as many as findings are kept, and never
/// without bound (a baseline keeps every finding, but lists no suppressed one).
pub fn suppressed_cap(settings: &WorkerSettings) -> usize {
    settings.findings_cap.unwrap_or(crate::report::json::FINDINGS_MAX)
}

/// Sends a made finding where it belongs: reported, listed as suppressed, or counted.
pub(crate) fn route(
    made: Option<(Finding, Option<Suppression>)>,
    findings: &mut Vec<Finding>,
    tally: &mut Tally,
    settings: &WorkerSettings,
) {
    match made {
        None => {}
        Some((f, None)) => {
            if settings.policy.fails(f.confidence, f.test_value) {
                tally.failing += 1;
            }
            findings.push(f);
        }
        Some((_, Some(Suppression::Baseline))) => tally.baselined += 1,
        Some((_, Some(Suppression::TestValue))) => tally.test_values_ignored += 1,
        Some((finding, Some(suppressed))) => {
            tally.add_suppressed(Suppressed { finding, suppressed }, suppressed_cap(settings))
        }
    }
}

/// Turns a candidate into a finding (masking its value, fingerprinting it) and says
/// whether policy suppresses it; `None` below the reporting confidence. `cursor` follows
/// the candidates of one file, in order.
#[allow(clippy::too_many_arguments)]
pub(crate) fn make_finding(
    engine: &Engine,
    settings: &WorkerSettings,
    ids: &[Arc<str>],
    (path, real): (&Arc<Path>, &Path),
    buf: &[u8],
    base: u64,
    c: &Candidate,
    cursor: &mut LineCursor,
    markers: &dyn Fn(u64) -> bool,
) -> Option<(Finding, Option<Suppression>)> {
    if c.confidence < settings.min_confidence {
        return None;
    }
    let category = engine.detectors()[c.detector].category();
    let value = &buf[c.start..c.end];
    let spot = cursor.locate(buf, base, c, markers);
    let fingerprint = if settings.policy.fingerprints() {
        let before =
            &buf[spot.line_start.max(c.start.saturating_sub(FINGERPRINT_CONTEXT))..c.start];
        let limit = buf.len().min(c.end + FINGERPRINT_CONTEXT);
        let after_end = memchr::memchr(b'\n', &buf[c.end..limit]).map_or(limit, |i| c.end + i);
        let path_bytes = crate::source::path_bytes(real);
        settings.policy.fingerprint(
            &path_bytes,
            &ids[c.detector],
            value,
            before,
            &buf[c.end..after_end],
        )
    } else {
        String::new()
    };
    // The policy reads the line only for an inline marker, and a marker covers what
    // follows it: the line from its first marker decides as the whole line would.
    let suppression =
        settings.policy.suppression(category, c.test_value, &buf[spot.marker], value, &fingerprint);
    let finding = Finding {
        path: Arc::clone(path),
        start: base + c.start as u64,
        end: base + c.end as u64,
        line: c.line,
        col: spot.col,
        table: None,
        column: None,
        row: None,
        category,
        detector: Arc::clone(&ids[c.detector]),
        confidence: c.confidence,
        value: mask::render(category, value, settings.values),
        test_value: c.test_value,
        minor: c.minor,
        fingerprint,
        value_hash: settings.value_key.hash_of(category, value),
    };
    Some((finding, suppression))
}

/// A finding whose offsets are in a decoded stream, moved to the stored bytes' offsets
/// through `map` (values in the path are not moved).
pub(crate) fn remap(
    made: Option<(Finding, Option<Suppression>)>,
    map: Option<&SharedOffsets>,
) -> Option<(Finding, Option<Suppression>)> {
    let Some(map) = map else { return made };
    made.map(|(mut f, s)| {
        if !f.in_path() {
            let map = map.lock().unwrap_or_else(|e| e.into_inner());
            (f.start, f.end) = (map.raw(f.start), map.raw(f.end));
        }
        (f, s)
    })
}
