// ModelValidator: the site's price book (issue 9): its terms, items and term discounts.
#include "model_validator.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hectare {
namespace {

// An annual escalator above 25 % is a typing slip (2500 for 250), not a contract.
constexpr int kMaxEscalatorBasisPoints = 2500;
constexpr int kMaxValidityDays = 365;
constexpr int kMaxTermMonths = 120;

// The upper end of a band, an open band (max 0) reaching to infinity.
double bandTop(const PriceItem &item)
{
    return item.densityBandMaxKw == 0 ? std::numeric_limits<double>::infinity() : item.densityBandMaxKw;
}

} // namespace

QString ModelValidator::priceItemPath(const PriceItem &item) const
{
    return item.name.isEmpty() ? tr("Price book, item %1").arg(quoted(item.key))
                               : tr("Price book, item %1").arg(quoted(item.name));
}

void ModelValidator::checkPriceBook()
{
    const PriceBook &book = m_model.priceBook;
    const QString object = tr("Price book");
    if (book.currency != QLatin1String("XOF"))
        add(object, tr("currency"), tr("must be XOF (got %1)").arg(quoted(book.currency)));
    requireBetween(object, tr("VAT"), book.vatBasisPoints, 0, 10000);
    requireBetween(object, tr("annual escalator"), book.escalatorBasisPoints, 0, kMaxEscalatorBasisPoints);
    requireBetween(object, tr("validity (days)"), book.validityDays, 1, kMaxValidityDays);
    requireBetween(object, tr("renewal (months)"), book.renewalMonths, 0, 120);
    requireBetween(object, tr("notice (months)"), book.noticeMonths, 0, 24);
    checkPriceItems();
    checkTermDiscounts();
}

void ModelValidator::checkPriceItems()
{
    const PriceBook &book = m_model.priceBook;
    QSet<QString> keys;
    for (const PriceItem &item : book.items) {
        const QString object = priceItemPath(item);
        if (item.key.trimmed().isEmpty())
            add(object, tr("key"), tr("must not be empty"));
        else if (keys.contains(item.key))
            add(object, tr("key"), tr("another item has the key %1").arg(quoted(item.key)));
        keys.insert(item.key);
        if (item.name.trimmed().isEmpty())
            add(object, tr("name"), tr("must not be empty"));
        requireNotNegative(object, tr("unit price"), double(item.unitPrice));
        if (!item.isBanded())
            continue;
        if (requireNotNegative(object, tr("density band from (kW per rack)"), item.densityBandMinKw)
            && requireNotNegative(object, tr("density band to (kW per rack)"), item.densityBandMaxKw)
            && item.densityBandMaxKw != 0 && !(item.densityBandMaxKw > item.densityBandMinKw))
            add(object, tr("density band"),
                tr("must end above where it starts (%1 to %2 kW per rack)")
                    .arg(number(item.densityBandMinKw), number(item.densityBandMaxKw)));
    }
    // Banded items of one family (committed kW by density) must not claim the same density.
    for (std::size_t i = 0; i < book.items.size(); ++i) {
        const PriceItem &a = book.items[i];
        if (!a.isBanded())
            continue;
        for (std::size_t j = i + 1; j < book.items.size(); ++j) {
            const PriceItem &b = book.items[j];
            if (!b.isBanded() || b.family() != a.family())
                continue;
            if (a.densityBandMinKw < bandTop(b) && b.densityBandMinKw < bandTop(a))
                add(priceItemPath(b), tr("density band"),
                    tr("overlaps the band of item %1").arg(quoted(a.name.isEmpty() ? a.key : a.name)));
        }
    }
}

void ModelValidator::checkTermDiscounts()
{
    std::vector<PriceTermDiscount> discounts = m_model.priceBook.termDiscounts;
    std::sort(discounts.begin(), discounts.end(),
              [](const PriceTermDiscount &a, const PriceTermDiscount &b) { return a.months < b.months; });
    for (std::size_t i = 0; i < discounts.size(); ++i) {
        const PriceTermDiscount &d = discounts[i];
        const QString object = tr("Price book, term discount from %n month(s)", nullptr, d.months);
        requireBetween(object, tr("months"), d.months, 1, kMaxTermMonths);
        requireBetween(object, tr("discount (basis points)"), d.basisPoints, 0, 10000);
        if (i == 0)
            continue;
        const PriceTermDiscount &shorter = discounts[i - 1];
        if (shorter.months == d.months)
            add(object, tr("months"), tr("another term discount starts at the same term"));
        else if (d.basisPoints < shorter.basisPoints)
            add(object, tr("discount (basis points)"),
                tr("must not be less than that of the shorter term of %n month(s) (%1)", nullptr, shorter.months)
                    .arg(number(qint64(shorter.basisPoints))));
    }
}

} // namespace hectare
