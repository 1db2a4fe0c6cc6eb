#!/usr/bin/env node
// Checks piiscan's HTML report in headless Chromium (driven by playwright-core), as a
// person would look at it. Run by scripts/check-html-report.sh, which makes the files:
//
//   --html F        the report       --json F     the JSON inventory of the same scan
//   --raw F         jsonl findings of the same data scanned with --show-values
//   --screenshot F  where to write a full-page PNG
//   --chromium F    the browser      --profile D  a fresh user-data directory
//   --label TEXT    what was scanned (for the summary line)
//   --html-zh F     the same report with --lang zh (optional), checked for its language,
//                   its summary sheet and raw values, screenshot and PDF beside --screenshot
//
// Fails (exit 1, each problem on its own line) on: a console error or warning, a page
// error, a request for anything but the file itself or a data: URL, a missing
// Content-Security-Policy, totals that differ from the JSON's, sorting or filtering that
// does not work, a page that does not read without scripts, and any raw value (6
// characters or more, as found, HTML-escaped, or with its separators dropped) in the
// file or the rendered text.
"use strict";

const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const { chromium } = require("playwright-core");

function options(argv) {
    const o = {};
    for (let i = 2; i < argv.length; i += 2) {
        if (!argv[i].startsWith("--") || argv[i + 1] === undefined) {
            throw new Error(`bad argument ${argv[i]}`);
        }
        o[argv[i].slice(2)] = argv[i + 1];
    }
    for (const k of ["html", "json", "raw", "screenshot", "chromium", "profile"]) {
        if (!o[k]) throw new Error(`--${k} is required`);
    }
    return o;
}

// The flags that keep Chromium off the network and out of the user's profile.
const FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

// The forms of each raw value to look for: as found, HTML-escaped, and with separators
// dropped (`139-1234-5678` as `13912345678`) when that still has 8 characters or more.
function rawForms(jsonl) {
    const values = new Set();
    for (const line of jsonl.split("\n")) {
        if (!line.trim()) continue;
        const f = JSON.parse(line);
        const v = typeof f.value === "string" ? f.value : null;
        if (v === null || [...v].length < 6) continue;
        values.add(v);
    }
    const forms = new Map();
    for (const v of values) {
        const set = new Set([v, escapeHtml(v)]);
        const compact = v.replace(/[\s\-.()\/]/g, "");
        if (compact !== v && compact.length >= 8) set.add(compact);
        forms.set(v, [...set]);
    }
    return forms;
}

async function openPage(o, profile, javaScriptEnabled, events) {
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: o.chromium,
        headless: true,
        args: FLAGS,
        javaScriptEnabled,
        viewport: { width: 1280, height: 900 },
        offline: true,
    });
    const page = context.pages()[0] || (await context.newPage());
    const url = pathToFileURL(path.resolve(o.html)).href;
    if (events) {
        page.on("console", (m) => {
            if (m.type() === "error" || m.type() === "warning") {
                events.fail(`console ${m.type()}: ${m.text()}`);
            }
        });
        page.on("pageerror", (e) => events.fail(`page error: ${e.message}`));
        context.on("request", (r) => {
            const u = r.url();
            events.requests++;
            if (u !== url && !u.startsWith("data:")) {
                events.fail(`request for ${u}`);
            }
        });
    }
    await page.goto(url, { waitUntil: "load" });
    return { context, page };
}

// Checks what the page shows against the JSON: totals, scan counts, every location.
async function checkTotals(page, doc, fail) {
    const shown = await page.$$eval("[data-total], [data-scan]", (els) =>
        els.map((e) => ({
            key: e.dataset.total || e.dataset.scan,
            scope: e.dataset.total ? "totals" : "scan",
            value: e.dataset.value,
            text: e.textContent.trim(),
            visible: e.getClientRects().length > 0,
        })),
    );
    for (const key of Object.keys(doc.totals)) {
        if (!shown.some((s) => s.scope === "totals" && s.key === key)) {
            fail(`totals.${key} is not shown`);
        }
    }
    for (const s of shown) {
        const want = doc[s.scope][s.key];
        if (want === undefined) {
            fail(`${s.scope}.${s.key}: shown but not in the JSON`);
        } else if (Number(s.value) !== want) {
            fail(`${s.scope}.${s.key}: page ${s.value}, JSON ${want}`);
        } else if (Number.isInteger(want) && s.key !== "bytes_scanned" && s.text !== String(want)) {
            fail(`${s.scope}.${s.key}: shows "${s.text}", JSON ${want}`);
        }
        if (!s.visible) fail(`${s.scope}.${s.key} is not visible`);
    }
    const rows = await visibleFindings(page);
    if (rows.length !== doc.locations.length) {
        fail(`locations table: ${rows.length} rows, JSON ${doc.locations.length}`);
    }
    const sum = rows.reduce((a, b) => a + b, 0);
    if (sum !== doc.totals.findings) fail(`locations add up to ${sum}, not ${doc.totals.findings}`);
    if (doc.locations.length > 0 && !(await page.$("svg.chart.bars rect"))) fail("no bar chart");
    return rows.length;
}

const TABLE = "#locations-table";

// The `data-findings` of the locations rows shown, in order.
function visibleFindings(page) {
    return page.$$eval(`${TABLE} tbody tr`, (rows) =>
        rows.filter((r) => !r.hidden).map((r) => Number(r.dataset.findings)));
}

// Sorting: the Findings header sorts largest first, then smallest first.
async function checkSorting(page, fail) {
    const header = page.locator(`${TABLE} thead th button`, { hasText: "Findings" }).first();
    const sorted = (xs, dir) => xs.every((x, i) => i === 0 || dir * (x - xs[i - 1]) >= 0);
    const before = await visibleFindings(page);
    await header.click();
    const down = await visibleFindings(page);
    if (!sorted(down, -1)) fail(`sorting by Findings: not descending: ${down.join(",")}`);
    await header.click();
    const up = await visibleFindings(page);
    if (!sorted(up, 1)) fail(`sorting again: not ascending: ${up.join(",")}`);
    const aria = await header.evaluate((b) => b.parentElement.getAttribute("aria-sort"));
    if (aria !== "ascending") fail(`the Findings header's aria-sort is ${aria}`);
    if (new Set(before).size > 1 && down.join() === up.join()) fail("sorting changed nothing");
}

// Filtering: the rarest category's name leaves fewer rows, each containing it, and the
// count says so; the category select leaves exactly that category's locations.
async function checkFilter(page, doc, fail) {
    const counts = new Map();
    for (const l of doc.locations) counts.set(l.category, (counts.get(l.category) || 0) + 1);
    if (counts.size < 2) return "nothing to filter";
    const [cat, n] = [...counts].sort((a, b) => a[1] - b[1])[0];
    const filter = page.locator("#location-filter input");
    if (!(await filter.isVisible())) {
        fail("the filter box is not visible");
        return "no filter";
    }
    const all = doc.locations.length;
    await filter.fill(cat);
    const left = await page.$$eval(`${TABLE} tbody tr`, (rs) =>
        rs.filter((r) => !r.hidden).map((r) => r.textContent));
    const label = (await page.textContent("#locations-shown")).trim();
    if (!(left.length > 0 && left.length < all)) {
        fail(`filter "${cat}": ${left.length} of ${all} rows left`);
    }
    if (!left.every((t) => t.includes(cat))) fail(`filter "${cat}": a row without it`);
    if (label !== String(left.length)) fail(`filter: says ${label}, shows ${left.length}`);
    await filter.fill("");
    const select = "#location-filter select[name=category]";
    await page.selectOption(select, cat);
    const byCat = await visibleFindings(page);
    if (byCat.length !== n) fail(`category ${cat}: ${byCat.length} rows, JSON ${n}`);
    await page.selectOption(select, "");
    const back = await visibleFindings(page);
    if (back.length !== all) fail(`cleared filter: ${back.length} rows`);
    return `filter "${cat}" ${all}->${left.length} rows`;
}

// No raw value anywhere: in the file (attributes included) or in the rendered text.
async function checkNoRawValues(page, html, rawFile, fail) {
    const text = await page.evaluate(() => document.documentElement.textContent);
    const forms = rawForms(fs.readFileSync(rawFile, "utf8"));
    let leaked = 0;
    for (const [value, looks] of forms) {
        const hit = looks.find((f) => html.includes(f) || text.includes(f));
        if (hit !== undefined) {
            leaked++;
            fail(`raw value in the report: ${JSON.stringify(hit)} (of ${JSON.stringify(value)})`);
        }
    }
    return { leaked, checked: forms.size };
}

// The summary sheet prints on one page: laid out for print on A4 (the stylesheet's
// @page margins of 1.4 cm leave 182 x 269 mm), the title, the scan's metadata and the
// sheet (which ends the first page) must fit in one page's height.
const A4_PRINTABLE_PX = { width: Math.floor(182 / 25.4 * 96), height: Math.floor(269 / 25.4 * 96) };

async function checkSheet(page, fail) {
    const sheet = await page.$("#summary");
    if (!sheet) {
        fail("no summary sheet (#summary)");
        return "no sheet";
    }
    for (const field of ["table.signoff tr", "dl.meta"]) {
        if ((await page.$$(`#summary ${field}`)).length === 0) fail(`the sheet has no ${field}`);
    }
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize(A4_PRINTABLE_PX);
    const box = await page.evaluate(() => {
        const top = document.querySelector("header").getBoundingClientRect().top;
        const s = document.querySelector("#summary").getBoundingClientRect();
        const after = getComputedStyle(document.querySelector("#summary")).breakAfter;
        return { height: s.bottom - top, after };
    });
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1280, height: 900 });
    if (box.after !== "page") fail(`the sheet does not end its page in print (${box.after})`);
    if (box.height > A4_PRINTABLE_PX.height) {
        fail(`the first printed page needs ${Math.round(box.height)} px, A4 holds ${A4_PRINTABLE_PX.height}`);
    }
    return `summary sheet prints on one A4 page (${Math.round(box.height)} of ${A4_PRINTABLE_PX.height} px)`;
}

// The Chinese report: its language, Chinese headings and category names, the sheet on one
// page, no raw value; a screenshot and a printed PDF for people to look at.
async function checkChinese(o, doc, fail) {
    const html = fs.readFileSync(o["html-zh"], "utf8");
    const { context, page } = await openPage({ ...o, html: o["html-zh"] },
        path.join(o.profile, "zh"), true, { fail, requests: 0 });
    page.setDefaultTimeout(5000);
    const lang = await page.getAttribute("html", "lang");
    if (lang !== "zh-CN") fail(`the Chinese report's lang is ${lang}`);
    const h2 = await page.$$eval("h2", (hs) => hs.map((h) => h.textContent));
    for (const want of ["汇总签核页", "总计", "按类别", "法律依据", "处理建议"]) {
        if (!h2.includes(want)) fail(`the Chinese report has no heading ${want}`);
    }
    const english = h2.filter((h) => /[A-Za-z]{4,}/.test(h));
    if (english.length > 0) fail(`English headings in the Chinese report: ${english.join(", ")}`);
    if (doc.locations.some((l) => l.category === "cn_mobile")
        && !(await page.textContent("#locations-table")).includes("手机号码")) {
        fail("the Chinese locations table does not name 手机号码");
    }
    const sheet = await checkSheet(page, fail);
    const raw = await checkNoRawValues(page, html, o.raw, fail);
    await checkTotals(page, doc, fail);
    const base = o.screenshot.replace(/\.png$/, "");
    await page.screenshot({ path: `${base}-zh.png`, fullPage: true });
    // Printing needs the headless shell's PDF backend; a browser without it is noted.
    let pdf = "";
    try {
        await page.emulateMedia({ media: "print" });
        await page.pdf({ path: `${base}-zh.pdf`, format: "A4", preferCSSPageSize: true });
        pdf = `, ${base}-zh.pdf`;
    } catch (e) {
        pdf = ` (no PDF: ${e.message.split("\n")[0]})`;
    }
    await context.close();
    return `zh: ${sheet}, ${raw.leaked} of ${raw.checked} raw values, ${base}-zh.png${pdf}`;
}

// Nothing that could load: links only to anchors in the page, no URLs in the styles.
async function checkSelfContained(page, html, fail) {
    if (!html.startsWith("<!DOCTYPE html>")) fail("the file does not start with <!DOCTYPE html>");
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    if (!csp || !/default-src 'none'/.test(csp)) fail(`Content-Security-Policy: ${csp}`);
    const links = await page.$$eval("[src], [href], [action], [srcset], [poster]", (els) =>
        els.map((e) => ["src", "href", "action", "srcset", "poster"]
            .map((a) => e.getAttribute(a)).filter((v) => v !== null)).flat());
    for (const l of links.filter((l) => !l.startsWith("#"))) fail(`a link or source: ${l}`);
    const styles = await page.$$eval("style", (els) => els.map((e) => e.textContent).join(""));
    if (/url\(|@import/i.test(styles)) fail("the stylesheet loads something");
    if ((await page.$$("link, iframe, object, embed, img")).length > 0) {
        fail("the page has a link, frame, object or image element");
    }
}

async function main() {
    const o = options(process.argv);
    const problems = new Set();
    const fail = (msg) => problems.add(msg);
    const doc = JSON.parse(fs.readFileSync(o.json, "utf8"));
    const html = fs.readFileSync(o.html, "utf8");
    const bytes = fs.statSync(o.html).size;
    const events = { fail, requests: 0 };
    const summary = [];
    try {
        const { context, page } = await openPage(o, path.join(o.profile, "js"), true, events);
        page.setDefaultTimeout(5000);
        await checkSelfContained(page, html, fail);
        const rows = await checkTotals(page, doc, fail);
        const t = doc.totals;
        summary.push(`totals equal the JSON's (${t.findings} findings, ${t.locations} ` +
            `locations, ${t.files} files, sensitive ${t.sensitive_findings}, minors ${t.minors})`);
        if (rows > 0 && !(await page.$(`${TABLE} thead th button`))) {
            fail("the script did not run: the headers are not buttons");
        } else if (rows > 0) {
            await checkSorting(page, fail);
            summary.push("sorting by Findings works");
            summary.push(await checkFilter(page, doc, fail));
        }
        summary.push(await checkSheet(page, fail));
        const raw = await checkNoRawValues(page, html, o.raw, fail);
        if (raw.checked === 0 && doc.totals.findings > 0) fail("no raw values to look for");
        summary.push(`${raw.leaked} of ${raw.checked} raw values found`);
        // Back to the report's order for the screenshot.
        await page.reload({ waitUntil: "load" });
        await page.screenshot({ path: o.screenshot, fullPage: true });
        const size = await page.evaluate(() =>
            [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
        await context.close();
        summary.push(`no console errors, ${events.requests} requests (all for the file)`);

        // Without scripts: every row is there, the controls stay hidden.
        const nojs = await openPage(o, path.join(o.profile, "nojs"), false, null);
        const plain = await nojs.page.$$eval(`${TABLE} tbody tr`, (rs) =>
            rs.filter((r) => r.getClientRects().length > 0).length);
        if (plain !== doc.locations.length) {
            fail(`without scripts: ${plain} rows shown, JSON ${doc.locations.length}`);
        }
        if (await nojs.page.isVisible("#location-filter")) {
            fail("without scripts: the filter shows but cannot work");
        }
        await nojs.context.close();
        summary.push(`${plain} rows without scripts`);
        summary.push(`screenshot ${o.screenshot} (${size[0]}x${size[1]})`);
        if (o["html-zh"]) summary.push(await checkChinese(o, doc, fail));
    } catch (e) {
        fail(`stopped: ${e.message.split("\n")[0]}`);
    }
    if (problems.size > 0) {
        for (const p of problems) console.error(`check-html-report: ${p}`);
        console.error(`check-html-report: FAILED: ${o.label || o.html} (${problems.size} problem(s))`);
        process.exit(1);
    }
    console.log(`check-html-report: ok: ${o.label || o.html} (${bytes} bytes): ` +
        `${summary.join("; ")}`);
}

main().catch((e) => {
    console.error(`check-html-report: ${e.stack || e}`);
    process.exit(1);
});
