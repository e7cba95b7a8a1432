#include "sheet_legend.h"

#include "plan/layout_colours.h"
#include "plan/plan_shapes.h"

#include "layout/clearance.h"

#include <QCoreApplication>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace hectare::ui {
namespace {

constexpr std::size_t kLegendTenants = 8;   // the rest are summed up in a note
constexpr double kTitleMm = 2.6;
constexpr double kEntryMm = 2.2;
constexpr double kLineMm = 3.6;
constexpr double kSwatchMm = 2.8;
constexpr double kSwatchGapMm = 1.5;
constexpr double kColumnGapMm = 4;
constexpr double kMaxColumnMm = 62;
constexpr double kPaddingMm = 2.5;
constexpr double kHeatBarMm = 40;

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString heatTickText(int percent)
{
    return percent >= 100 ? QCoreApplication::translate("hectare::ui::PlanLegend", "≥ %1 %").arg(percent)
                          : QCoreApplication::translate("hectare::ui::PlanLegend", "%1 %").arg(percent);
}

} // namespace

QColor coldClearanceColour() { return QColor(0x56, 0xb4, 0xe9, 60); }     // Okabe–Ito sky blue
QColor hotClearanceColour() { return QColor(0xd5, 0x5e, 0x00, 45); }      // Okabe–Ito vermilion
QColor serviceClearanceColour() { return QColor(0xe6, 0x9f, 0x00, 50); }  // Okabe–Ito orange
QColor wallClearanceColour() { return QColor(0x80, 0x80, 0x80, 40); }

// The words are the screen legend's (HallScene's context), so that French comes with them.
SheetLegend sheetLegend(const SiteModel &model, const HallPlanGeometry &geometry, PlanColourMode mode, bool clearances)
{
    SheetLegend sheet;
    PlanLegend &legend = sheet.legend;
    const QString hall = geometry.hall ? geometry.hall->name : QString();
    switch (mode) {
    case PlanColourMode::State: {
        std::map<RackState, int> counts;
        for (const PlacedRack &placed : geometry.racks)
            ++counts[placed.rack->state];
        legend.title = QCoreApplication::translate("hectare::ui::HallScene", "%1: rack state").arg(hall);
        for (const RackState state : {RackState::Free, RackState::Reserved, RackState::Occupied, RackState::Blocked})
            legend.entries.push_back({stateColour(state),
                                      QCoreApplication::translate("hectare::ui::HallScene", "%1 (%2)").arg(capitalised(displayName(state)),
                                                               QString::number(counts[state])),
                                      state == RackState::Blocked});
        break;
    }
    case PlanColourMode::Tenant: {
        std::unordered_map<Id, int> racksOfTenant;
        int freeCount = 0;
        int blockedCount = 0;
        for (const PlacedRack &placed : geometry.racks) {
            const Rack &rack = *placed.rack;
            if (rack.state == RackState::Free)
                ++freeCount;
            else if (rack.state == RackState::Blocked)
                ++blockedCount;
            else if (rack.tenantId != kNoId)
                ++racksOfTenant[rack.tenantId];
        }
        std::vector<std::pair<Id, int>> ranked(racksOfTenant.begin(), racksOfTenant.end());
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        legend.title = QCoreApplication::translate("hectare::ui::HallScene", "%1: tenants").arg(hall);
        const std::size_t shown = std::min(ranked.size(), kLegendTenants);
        for (std::size_t i = 0; i < shown; ++i) {
            const Tenant *tenant = model.tenant(ranked[i].first);
            legend.entries.push_back({tenantColour(ranked[i].first),
                                      QCoreApplication::translate("hectare::ui::HallScene", "%1 (%2)").arg(tenant ? tenant->name : QString::number(ranked[i].first),
                                                               QString::number(ranked[i].second))});
        }
        sheet.tenantEntries = shown;
        sheet.otherTenants = ranked.size() - shown;
        legend.entries.push_back({neutralColour(), QCoreApplication::translate("hectare::ui::HallScene", "Free (%1)").arg(freeCount)});
        legend.entries.push_back({blockedNeutralColour(), QCoreApplication::translate("hectare::ui::HallScene", "Blocked (%1)").arg(blockedCount), true});
        if (ranked.size() > shown)
            legend.note = QCoreApplication::translate("hectare::ui::HallScene", "Other tenants: %1").arg(ranked.size() - shown);
        break;
    }
    case PlanColourMode::Density:
        legend.title = QCoreApplication::translate("hectare::ui::HallScene", "%1: expected draw / design kW").arg(hall);
        legend.heatScale = true;
        legend.entries.push_back({neutralColour(), QCoreApplication::translate("hectare::ui::HallScene", "No draw (free or reserved)")});
        legend.entries.push_back({blockedNeutralColour(), QCoreApplication::translate("hectare::ui::HallScene", "Blocked"), true});
        break;
    }
    if (clearances) {
        const ClearanceRules &rules = model.site.clearance;
        legend.entries.push_back({coldClearanceColour(), PlanSheetText::tr("Cold aisle, at least %1").arg(metresText(rules.coldAisleMinM))});
        legend.entries.push_back({hotClearanceColour(), PlanSheetText::tr("Hot aisle, at least %1").arg(metresText(rules.hotAisleMinM))});
        legend.entries.push_back({serviceClearanceColour(),
                                  PlanSheetText::tr("Service clearance, at least %1").arg(metresText(rules.serviceMinM))});
        legend.entries.push_back({wallClearanceColour(), PlanSheetText::tr("From walls, at least %1").arg(metresText(rules.wallMinM))});
        if (const std::size_t problems = geometry.hall ? checkClearances(model, geometry.hall->id).size() : 0)
            legend.entries.push_back({violationColour(), PlanSheetText::tr("Clearance problems (%1)").arg(problems)});
    }
    return sheet;
}

void paintSheetLegend(QPainter &painter, const SheetLegend &sheet, const QRectF &rectMm, const SheetInk &ink)
{
    const PlanLegend &legend = sheet.legend;
    const QRectF inner = rectMm.adjusted(kPaddingMm, kPaddingMm, -kPaddingMm, -kPaddingMm);
    if (inner.width() <= kSwatchMm * 4 || inner.height() <= kLineMm * 2)
        return;
    painter.save();
    painter.setPen(ink.pen(Qt::black, kThinLineMm));
    drawTextMm(painter, QRectF(inner.left(), inner.top(), inner.width(), kLineMm), Qt::AlignLeft | Qt::AlignVCenter,
               elidedTextMm(legend.title, kTitleMm, inner.width(), true), kTitleMm, true);
    double top = inner.top() + kLineMm + 0.8;

    if (legend.heatScale) {
        const double barWidth = std::min(kHeatBarMm, inner.width() - 8);
        const QRectF bar(inner.left() + 3, top + 0.3, barWidth, 2.6);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 8; ++i)
            gradient.setColorAt(i / 8.0, ink.colour(heatColour(i / 8.0)));
        painter.setPen(ink.pen(QColor(0x40, 0x40, 0x40), kThinLineMm));
        painter.setBrush(gradient);
        painter.drawRect(bar);
        painter.setPen(ink.pen(Qt::black, kThinLineMm));
        for (const int percent : {0, 50, 100}) {
            const double x = bar.left() + bar.width() * percent / 100.0;
            drawTextMm(painter, QRectF(x - 10, bar.bottom() + 0.3, 20, kLineMm - 0.6), Qt::AlignHCenter | Qt::AlignTop,
                       heatTickText(percent), kEntryMm * 0.9);
        }
        top = bar.bottom() + kLineMm;
    }

    // Columns of entries, top to bottom, then left to right.
    const std::size_t perColumn = std::size_t(std::max(1, int((inner.bottom() - top) / kLineMm)));
    double columnWidth = 0;
    for (const PlanLegendEntry &entry : legend.entries)
        columnWidth = std::max(columnWidth, kSwatchMm + kSwatchGapMm + textWidthMm(entry.label, kEntryMm) + 0.5);
    columnWidth = std::min({columnWidth, kMaxColumnMm, inner.width()});
    const std::size_t columns = std::size_t(std::max(1, int((inner.width() + kColumnGapMm) / (columnWidth + kColumnGapMm))));
    const std::size_t capacity = perColumn * columns;
    std::vector<PlanLegendEntry> entries = legend.entries;
    std::size_t tenants = sheet.tenantEntries;
    std::size_t others = sheet.otherTenants;
    const auto lines = [&] { return entries.size() + (others > 0 || !legend.note.isEmpty() ? 1 : 0); };
    while (lines() > capacity && tenants > 0) {
        entries.erase(entries.begin() + std::ptrdiff_t(tenants - 1));
        --tenants;
        ++others;
    }
    QString note = others > 0 ? QCoreApplication::translate("hectare::ui::HallScene", "Other tenants: %1").arg(others)
                              : legend.note;
    if (lines() > capacity && capacity > 0) {
        const std::size_t kept = capacity - 1;
        note = PlanSheetText::tr("+ %1 more").arg(entries.size() - kept);
        entries.resize(kept);
    }

    const double labelWidth = columnWidth - kSwatchMm - kSwatchGapMm;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const PlanLegendEntry &entry = entries[i];
        const double x = inner.left() + double(i / std::size_t(perColumn)) * (columnWidth + kColumnGapMm);
        const double y = top + double(i % std::size_t(perColumn)) * kLineMm;
        const QRectF swatch(x, y + (kLineMm - kSwatchMm) / 2, kSwatchMm, kSwatchMm);
        painter.setPen(ink.pen(QColor(0x40, 0x40, 0x40), kThinLineMm));
        painter.setBrush(ink.colour(entry.colour));
        painter.drawRect(swatch);
        if (entry.crossed) {
            painter.setPen(ink.pen(crossColourOn(entry.colour), kThinLineMm));
            painter.drawLine(swatch.topLeft(), swatch.bottomRight());
            painter.drawLine(swatch.topRight(), swatch.bottomLeft());
        }
        painter.setPen(ink.pen(Qt::black, kThinLineMm));
        drawTextMm(painter, QRectF(swatch.right() + kSwatchGapMm, y, labelWidth, kLineMm), Qt::AlignLeft | Qt::AlignVCenter,
                   elidedTextMm(entry.label, kEntryMm, labelWidth), kEntryMm);
    }
    if (!note.isEmpty()) {
        const std::size_t i = entries.size();
        const double x = inner.left() + double(i / std::size_t(perColumn)) * (columnWidth + kColumnGapMm);
        const double y = top + double(i % std::size_t(perColumn)) * kLineMm;
        painter.setPen(ink.pen(QColor(0x50, 0x50, 0x50), kThinLineMm));
        drawTextMm(painter, QRectF(x, y, columnWidth, kLineMm), Qt::AlignLeft | Qt::AlignVCenter,
                   elidedTextMm(note, kEntryMm, columnWidth), kEntryMm);
    }
    painter.restore();
}

} // namespace hectare::ui
