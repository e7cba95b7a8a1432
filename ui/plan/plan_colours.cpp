#include "plan_colours.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace hectare::ui {
namespace {

constexpr double kGoldenAngleDeg = 137.50776405003785;

struct HeatStop
{
    double at;
    QRgb rgb;
};
// ColorBrewer RdYlBu, 5 classes, from cool to hot.
constexpr std::array<HeatStop, 5> kHeatStops{{{0.0, 0x2c7bb6},
                                              {0.25, 0xabd9e9},
                                              {0.5, 0xffffbf},
                                              {0.75, 0xfdae61},
                                              {1.0, 0xd7191c}}};

double linearChannel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

QString displayName(PlanColourMode mode)
{
    switch (mode) {
    case PlanColourMode::State: return QCoreApplication::translate("hectare::ui::PlanColours", "State");
    case PlanColourMode::Tenant: return QCoreApplication::translate("hectare::ui::PlanColours", "Tenant");
    case PlanColourMode::Density: return QCoreApplication::translate("hectare::ui::PlanColours", "Power density");
    }
    return {};
}

QColor stateColour(RackState state)
{
    switch (state) {
    case RackState::Free: return QColor(0xb8e0c8);       // pale bluish green: available
    case RackState::Reserved: return QColor(0xe69f00);   // orange: held, not yet drawing
    case RackState::Occupied: return QColor(0x0072b2);   // blue: in service
    case RackState::Blocked: return QColor(0x3b3b3b);    // near black: cannot be sold
    }
    return neutralColour();
}

QColor tenantColour(Id tenantId)
{
    if (tenantId == kNoId)
        return neutralColour();
    const double hue = std::fmod(double(tenantId) * kGoldenAngleDeg, 360.0) / 360.0;
    // Three saturation/value bands, so that two tenants whose hues land close together after
    // many turns of the golden angle still differ in lightness; none are as pale as the neutral.
    static constexpr std::array<std::pair<double, double>, 3> kBands{{{0.55, 0.90}, {0.75, 0.70}, {0.40, 0.80}}};
    const auto &[saturation, value] = kBands[std::size_t(tenantId % 3)];
    return QColor::fromHsvF(float(hue), float(saturation), float(value));
}

QColor heatColour(double ratio)
{
    const double r = std::isnan(ratio) ? 0.0 : std::clamp(ratio, 0.0, 1.0);
    for (std::size_t i = 1; i < kHeatStops.size(); ++i) {
        if (r > kHeatStops[i].at && i + 1 < kHeatStops.size())
            continue;
        const HeatStop &a = kHeatStops[i - 1];
        const HeatStop &b = kHeatStops[i];
        const double t = (r - a.at) / (b.at - a.at);
        const auto mix = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
        return QColor(mix(qRed(a.rgb), qRed(b.rgb)), mix(qGreen(a.rgb), qGreen(b.rgb)),
                      mix(qBlue(a.rgb), qBlue(b.rgb)));
    }
    return QColor(kHeatStops.back().rgb);
}

QColor neutralColour() { return QColor(0xdcdcdc); }
QColor blockedNeutralColour() { return QColor(0x8c8c8c); }

QColor rackFillColour(PlanColourMode mode, RackState state, Id tenantId, std::optional<double> drawRatio)
{
    switch (mode) {
    case PlanColourMode::State:
        return stateColour(state);
    case PlanColourMode::Tenant:
        if (state == RackState::Blocked)
            return blockedNeutralColour();
        // A free position keeps no tenant, whatever a stale reference says.
        return state == RackState::Free ? neutralColour() : tenantColour(tenantId);
    case PlanColourMode::Density:
        if (state == RackState::Blocked)
            return blockedNeutralColour();
        // Only occupied racks draw power; reserved and free ones have no figure to show.
        return state == RackState::Occupied && drawRatio ? heatColour(*drawRatio) : neutralColour();
    }
    return neutralColour();
}

QColor labelColourOn(const QColor &fill)
{
    const double luminance = 0.2126 * linearChannel(fill.redF()) + 0.7152 * linearChannel(fill.greenF())
                             + 0.0722 * linearChannel(fill.blueF());
    // Contrast with black (L + 0.05) / 0.05 against white 1.05 / (L + 0.05): equal at L ≈ 0.179.
    return luminance > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor crossColourOn(const QColor &fill)
{
    return labelColourOn(fill) == Qt::white ? QColor(0x78, 0x78, 0x78) : QColor(0xc4, 0xc4, 0xc4);
}

} // namespace hectare::ui
