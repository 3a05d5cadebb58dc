import { figureText } from "@/lib/indicators/definitions";
import "server-only";
import PDFDocument from "pdfkit";
import { formatIndonesianDate, toIsoDate } from "@/lib/dates";
import { freshness, staleDaysSetting } from "@/lib/indicators/freshness";
import { STAGES } from "@/lib/rollout/stages";
import type { DistrictReport } from "./report";
import { signatureTitle, STAGE_COLOURS, stageProvenance, targetLine } from "./report";
import { reportCompletenessRows, reportHeadlineRows } from "./report-rows";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Doc = PDFKit.PDFDocument;

const MARGIN = 50;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";

/**
 * The district report as a PDF (pdfkit, its built-in Helvetica: nothing is
 * fetched): the same figures as the printable page, charts drawn as vector
 * bars from those figures with their provenance, dates in Indonesian, and a
 * signature block whose name and NIP are blank lines unless recorded.
 */
export async function districtReportPdf(report: DistrictReport, t: Translate, locale: string): Promise<Uint8Array> {
  const { district, dashboard, facts } = report;
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    info: { Title: t("report.title", { district: district.name }), Author: "Pantau ILP" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));

  const date = (value: Date) => formatIndonesianDate(value);
  const isoDate = (value: string) => date(new Date(`${value}T00:00:00Z`));
  const width = doc.page.width - 2 * MARGIN;

  doc
    .font(BOLD)
    .fontSize(16)
    .text(t("report.title", { district: district.name }));
  doc.font(FONT).fontSize(10).fillColor("#475569");
  doc.text(`${district.province.name} · ${t("report.subtitle", { date: date(dashboard.asOf) })}`);
  doc.fillColor("black").moveDown();

  heading(doc, t("comparison.headline"));
  table(
    doc,
    [t("comparison.indicator"), t("figures.dataColumn"), t("figures.provenanceColumn")],
    reportHeadlineRows(facts, t, (entry, share) =>
      share === null
        ? "–"
        : figureText(
            entry,
            share,
            (value, options) => new Intl.NumberFormat(locale === "en" ? "en" : "id-ID", options).format(value),
            1,
          ),
    ),
    [0.3, 0.5, 0.2],
  );
  note(doc, t("report.legend"));

  heading(doc, t("report.targets"));
  const stagesUpdated = facts.areas.STAGES.lastUpdated;
  const current = freshness(stagesUpdated, dashboard.asOf, staleDaysSetting()).current;
  const stagesText = stagesUpdated
    ? t("figures.lastUpdated", { date: isoDate(stagesUpdated) })
    : t("figures.neverUpdated");
  if (dashboard.targets.length === 0) doc.font(FONT).fontSize(10).text(t("district.noTargets"));
  for (const target of dashboard.targets)
    doc
      .font(FONT)
      .fontSize(10)
      .text(targetLine(target, t, date, current, stagesText), { width });
  doc.moveDown(0.5);

  const provenance = t(`figures.provenance.${stageProvenance(facts)}`);
  heading(doc, t("report.charts"));
  subheading(doc, t("report.stageChart"));
  stageBars(doc, report, t, width);
  note(doc, t("report.chartSource", { provenance }));
  if (dashboard.targets.length > 0) {
    subheading(doc, t("report.targetChart"));
    for (const target of dashboard.targets) {
      const label = `${target.year} · ${t(`targetForm.kinds.${target.kind}`)}`;
      bar(
        doc,
        label,
        target.progress.achieved,
        target.progress.target,
        `${target.progress.achieved} / ${target.progress.target}`,
      );
    }
    note(doc, t("report.chartSource", { provenance }));
  }

  heading(doc, t("report.stages"));
  table(
    doc,
    ["", ...STAGES.map((stage) => t(`stage.${stage}`))],
    dashboard.funnel.map((row) => [t(`facilityType.${row.type}`), ...STAGES.map((stage) => String(row.counts[stage]))]),
    [0.24, 0.19, 0.19, 0.19, 0.19],
  );

  heading(doc, t("report.puskesmasList"));
  if (report.puskesmas.length === 0) doc.font(FONT).fontSize(10).text(t("report.noPuskesmas"));
  else
    table(
      doc,
      [t("list.name"), t("list.kecamatan"), t("report.currentStage"), t("report.stageSince")],
      report.puskesmas.map((row) => [
        `${row.name}${row.isIllustrative ? ` (${t("figures.provenance.ILLUSTRATIVE")})` : ""}`,
        row.kecamatan?.name ?? t("list.kecamatanUnknown"),
        t(`stage.${row.currentStage}`),
        row.stageSince ? date(row.stageSince) : "–",
      ]),
      [0.36, 0.26, 0.18, 0.2],
    );

  heading(doc, t("report.understaffedList"));
  if (facts.areas.PUSTU.rows === 0 && facts.areas.PUSTU.declared === 0)
    doc
      .font(FONT)
      .fontSize(10)
      .text(`${t("dashboard.pustu")}: ${t("figures.noData")}`);
  else if (report.understaffed.length === 0) doc.font(FONT).fontSize(10).text(t("report.understaffedNone"));
  else
    table(
      doc,
      [t("facilityType.PUSTU"), t("dashboard.desa"), t("dashboard.staffTotal"), ""],
      report.understaffed.map((unit) => [
        `${unit.name}${unit.isIllustrative ? ` (${t("figures.provenance.ILLUSTRATIVE")})` : ""}`,
        unit.desa ?? "–",
        String(unit.staff),
        unit.missing.length
          ? t("report.understaffedMissing", {
              professions: unit.missing.map((profession) => t(`profession.${profession}`)).join(", "),
            })
          : "",
      ]),
      [0.34, 0.26, 0.12, 0.28],
    );

  heading(doc, t("figures.reportCompleteness"));
  table(
    doc,
    [t("completeness.area"), t("completeness.entered"), t("completeness.lastUpdated"), t("completeness.declaration")],
    reportCompletenessRows(facts, t, isoDate),
    [0.25, 0.3, 0.2, 0.25],
  );

  signatureBlock(doc, report, t);

  const pages = doc.bufferedPageRange();
  for (let index = 0; index < pages.count; index++) {
    doc.switchToPage(pages.start + index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // Writing in the margin must not open a new page.
    doc
      .font(FONT)
      .fontSize(8)
      .fillColor("#64748b")
      .text(
        t("report.generated", { date: date(report.signature.date), page: index + 1, pages: pages.count }),
        MARGIN,
        doc.page.height - 30,
        { width, align: "center", lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

function heading(doc: Doc, text: string): void {
  room(doc, 60);
  doc.moveDown(0.6).font(BOLD).fontSize(12).fillColor("black").text(text, MARGIN).moveDown(0.3);
}

function subheading(doc: Doc, text: string): void {
  room(doc, 40);
  doc.font(BOLD).fontSize(10).fillColor("black").text(text, MARGIN).moveDown(0.2);
}

function note(doc: Doc, text: string): void {
  doc.font(FONT).fontSize(8).fillColor("#475569").text(text, MARGIN).fillColor("black").moveDown(0.3);
}

/** A new page when less than `height` points are left on this one. */
function room(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** A simple ruled table; its header row repeats on each new page. */
function table(doc: Doc, head: string[], rows: string[][], shares: number[]): void {
  const width = doc.page.width - 2 * MARGIN;
  const widths = shares.map((share) => share * width);
  const draw = (cells: string[], bold: boolean) => {
    doc.font(bold ? BOLD : FONT).fontSize(9);
    const height = Math.max(...cells.map((cell, index) => doc.heightOfString(cell, { width: widths[index]! - 6 }))) + 6;
    room(doc, height);
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, index) => {
      doc.text(cell, x + 3, top + 3, { width: widths[index]! - 6 });
      x += widths[index]!;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.5)
      .strokeColor("#cbd5e1")
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
    return top;
  };
  draw(head, true);
  for (const row of rows) {
    const pageBefore = doc.bufferedPageRange().count;
    doc.font(FONT).fontSize(9);
    room(doc, 20);
    if (doc.bufferedPageRange().count !== pageBefore) draw(head, true);
    draw(row, false);
  }
  doc.moveDown(0.3);
}

/** One horizontal bar: `value` of `max`, with its label left and its figure right. */
function bar(doc: Doc, label: string, value: number, max: number, figure: string, colour = "#2563eb"): void {
  room(doc, 18);
  const top = doc.y;
  const labelWidth = 150;
  const barWidth = doc.page.width - 2 * MARGIN - labelWidth - 60;
  doc
    .font(FONT)
    .fontSize(9)
    .fillColor("black")
    .text(label, MARGIN, top + 2, { width: labelWidth - 6 });
  doc
    .rect(MARGIN + labelWidth, top + 1, barWidth, 10)
    .fillColor("#f1f5f9")
    .fill();
  if (max > 0 && value > 0)
    doc
      .rect(MARGIN + labelWidth, top + 1, Math.max(1, (barWidth * Math.min(value, max)) / max), 10)
      .fillColor(colour)
      .fill();
  doc.fillColor("black").text(figure, MARGIN + labelWidth + barWidth + 6, top + 2, { width: 54 });
  doc.x = MARGIN;
  doc.y = top + 16;
}

/** The stage funnel as one stacked bar per facility type, with a legend of the stages. */
function stageBars(doc: Doc, report: DistrictReport, t: Translate, width: number): void {
  const labelWidth = 150;
  const barWidth = width - labelWidth - 60;
  for (const row of report.dashboard.funnel) {
    const total = STAGES.reduce((sum, stage) => sum + row.counts[stage], 0);
    room(doc, 18);
    const top = doc.y;
    doc
      .font(FONT)
      .fontSize(9)
      .fillColor("black")
      .text(t(`facilityType.${row.type}`), MARGIN, top + 2);
    let x = MARGIN + labelWidth;
    STAGES.forEach((stage, index) => {
      if (total === 0 || row.counts[stage] === 0) return;
      const part = (barWidth * row.counts[stage]) / total;
      doc
        .rect(x, top + 1, part, 10)
        .fillColor(STAGE_COLOURS[index]!)
        .fill();
      x += part;
    });
    if (total === 0)
      doc
        .rect(MARGIN + labelWidth, top + 1, barWidth, 10)
        .fillColor("#f1f5f9")
        .fill();
    doc.fillColor("black").text(String(total), MARGIN + labelWidth + barWidth + 6, top + 2, { width: 54 });
    doc.x = MARGIN;
    doc.y = top + 16;
  }
  room(doc, 16);
  const top = doc.y;
  let x = MARGIN + labelWidth;
  STAGES.forEach((stage, index) => {
    doc
      .rect(x, top + 2, 8, 8)
      .fillColor(STAGE_COLOURS[index]!)
      .fill();
    const label = t(`stage.${stage}`);
    doc
      .fillColor("black")
      .font(FONT)
      .fontSize(8)
      .text(label, x + 11, top + 2, { lineBreak: false });
    x += 11 + doc.widthOfString(label) + 12;
  });
  doc.x = MARGIN;
  doc.y = top + 16;
}

/** Place and date, title and office, then a space to sign, the name and the NIP (marked blank lines unless recorded). */
function signatureBlock(doc: Doc, report: DistrictReport, t: Translate): void {
  const { signature } = report;
  room(doc, 170);
  doc.moveDown(1.5);
  const left = doc.page.width / 2 + 20;
  const width = doc.page.width - MARGIN - left;
  doc.font(FONT).fontSize(10).fillColor("black");
  doc.text(
    t("report.signaturePlace", { place: signature.place, date: formatIndonesianDate(signature.date) }),
    left,
    doc.y,
    { width },
  );
  doc.text(signatureTitle(signature, t), left, doc.y, { width });
  doc.moveDown(4);
  doc.font(BOLD).text(signature.name ?? t("signers.nameMissing"), left, doc.y, { width });
  doc
    .font(FONT)
    .text(`${t("report.nip")}. ${signature.nip ?? "....................................."}`, left, doc.y, { width });
  if (!signature.name) {
    doc.moveDown(0.5);
    doc.fontSize(8).fillColor("#64748b").text(t("report.unnamedNote"), left, doc.y, { width });
  }
  doc.x = MARGIN;
  doc.fillColor("black");
}

/** The PDF's file name: laporan-ilp-33.19-2026-11-29.pdf */
export const reportFileName = (report: DistrictReport) =>
  `laporan-ilp-${report.district.code}-${toIsoDate(report.dashboard.asOf)}.pdf`;
