#include "quote_dialog_shortage.h"

#include "capacity/resource.h"

#include <QLocale>

#include <cmath>
#include <optional>

namespace hectare::ui {
namespace {

QString kw(double value) { return QLocale().toString(value, 'f', 1); }

// The largest shortfall of `resource` in one hall's refusal (now or over the term, hall or site).
std::optional<Shortfall> worstOf(const HallRefusal &refusal, Resource resource)
{
    std::optional<Shortfall> worst;
    for (const Shortfall &s : refusal.shortfalls) {
        if (s.resource == resource && (!worst || s.missing() > worst->missing()))
            worst = s;
    }
    return worst;
}

} // namespace

QString QuoteShortage::number(Resource resource, double value)
{
    switch (resource) {
    case Resource::Space: return QLocale().toString(qlonglong(std::lround(value)));
    case Resource::Weight: return QLocale().toString(value, 'f', 0);
    default: return kw(value);
    }
}

QString QuoteShortage::amount(Resource resource, double value)
{
    switch (resource) {
    case Resource::Space: return tr("%n position(s)", nullptr, int(std::lround(value)));
    case Resource::Weight: return tr("%1 kg").arg(number(resource, value));
    default: return tr("%1 kW").arg(number(resource, value));
    }
}

QString QuoteShortage::text(const PlacementResult &result, const QuoteRequirement &r)
{
    QStringList lines;
    lines << tr("No hall can take %n rack(s) of %1 kW (%2 kW in all).", nullptr, r.racks)
                 .arg(kw(r.kwPerRack), kw(r.committedKw()));

    std::vector<const HallRefusal *> refused;   // the halls refused for lack of something
    for (const HallRefusal &refusal : result.refusals) {
        if (!refusal.shortfalls.empty())
            refused.push_back(&refusal);
    }
    if (refused.empty()) {
        lines << tr("No hall is built and in service by the start date.");
        return lines.join(QLatin1Char('\n'));
    }

    bool named = false;
    for (Resource resource : kAllResources) {
        // The hall closest to having enough of this resource, if it is short in every hall.
        std::optional<Shortfall> closest;
        const HallRefusal *closestHall = nullptr;
        bool everywhere = true;
        for (const HallRefusal *refusal : refused) {
            const std::optional<Shortfall> worst = worstOf(*refusal, resource);
            if (!worst) {
                everywhere = false;
                break;
            }
            if (!closest || worst->missing() < closest->missing()) {
                closest = worst;
                closestHall = refusal;
            }
        }
        if (!everywhere || !closest)
            continue;
        named = true;
        QString line = tr("%1: short in every hall; the closest, \"%2\", has %3 of the %4 needed, short by %5")
                           .arg(resourceDisplayName(resource), closestHall->hallName,
                                number(resource, closest->available), amount(resource, closest->needed),
                                amount(resource, closest->missing()));
        if (closest->forecast)
            line += tr(" (forecast, from month %1 of the term)").arg(closest->month.value_or(0) + 1);
        lines << line + QLatin1Char('.');
    }
    if (!named)
        lines << tr("Each hall lacks something different; the list below says what.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace hectare::ui
