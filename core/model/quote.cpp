#include "quote.h"

#include <QCoreApplication>

namespace hectare {

QString toKey(QuoteStatus v)
{
    switch (v) {
    case QuoteStatus::Issued: return QStringLiteral("issued");
    case QuoteStatus::Reserved: return QStringLiteral("reserved");
    case QuoteStatus::Converted: return QStringLiteral("converted");
    case QuoteStatus::Cancelled: return QStringLiteral("cancelled");
    case QuoteStatus::Expired: return QStringLiteral("expired");
    }
    return {};
}

std::optional<QuoteStatus> quoteStatusFromKey(const QString &key)
{
    for (QuoteStatus v : {QuoteStatus::Issued, QuoteStatus::Reserved, QuoteStatus::Converted, QuoteStatus::Cancelled,
                          QuoteStatus::Expired}) {
        if (toKey(v) == key)
            return v;
    }
    return std::nullopt;
}

QString displayName(QuoteStatus v)
{
    switch (v) {
    case QuoteStatus::Issued: return QCoreApplication::translate("hectare::Enums", "issued");
    case QuoteStatus::Reserved: return QCoreApplication::translate("hectare::Enums", "reserved");
    case QuoteStatus::Converted: return QCoreApplication::translate("hectare::Enums", "converted");
    case QuoteStatus::Cancelled: return QCoreApplication::translate("hectare::Enums", "cancelled");
    case QuoteStatus::Expired: return QCoreApplication::translate("hectare::Enums", "expired");
    }
    return {};
}

bool holdsCapacity(const Quote &quote, QDate asOf)
{
    return quote.status == QuoteStatus::Reserved && quote.validUntil.isValid() && asOf <= quote.validUntil;
}

bool hasLapsed(const Quote &quote, QDate asOf)
{
    const bool open = quote.status == QuoteStatus::Reserved || quote.status == QuoteStatus::Issued;
    return open && quote.validUntil.isValid() && asOf > quote.validUntil;
}

} // namespace hectare
