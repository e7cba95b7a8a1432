#include "quoting/reservations.h"

#include "capacity/capacity_budget.h"
#include "store/model_reader.h"
#include "store/model_writer.h"
#include "store/quote_store.h"
#include "store/sqlite_connection.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hectare {
namespace {


QString quotePath(const Quote &q) { return QCoreApplication::translate("hectare::Quotes", "Quote \"%1\"").arg(q.number); }

Error quoteError(const Quote &q, const QString &message) { return Error{quotePath(q), message}; }

Result<const Quote *> findQuote(const SiteModel &model, Id quoteId)
{
    const Quote *quote = model.quote(quoteId);
    if (!quote)
        return Error{QCoreApplication::translate("hectare::Quotes", "Quote %1").arg(quoteId), QCoreApplication::translate("hectare::Quotes", "does not exist")};
    return quote;
}

bool isOpen(const Quote &q) { return q.status == QuoteStatus::Issued || q.status == QuoteStatus::Reserved; }

// Holds of live quotes other than `except`, by rack id → quote number.
QHash<Id, QString> heldPositions(const SiteModel &model, QDate asOf, Id except)
{
    QHash<Id, QString> held;
    for (const Quote &q : model.quotes) {
        if (q.id == except || !holdsCapacity(q, asOf))
            continue;
        for (Id rackId : q.rackIds)
            held.insert(rackId, q.number);
    }
    return held;
}

bool takesCapacity(const std::optional<Quote> &q, QDate today)
{
    return q && (holdsCapacity(*q, today) || q->status == QuoteStatus::Converted);
}

} // namespace

bool QuoteChange::isEmpty() const
{
    return quoteBefore == quoteAfter && tenantBefore == tenantAfter && contractBefore == contractAfter
           && racksBefore == racksAfter;
}

QuoteChange inverseOf(const QuoteChange &c)
{
    QuoteChange inverse;
    inverse.quoteBefore = c.quoteAfter;
    inverse.quoteAfter = c.quoteBefore;
    inverse.tenantBefore = c.tenantAfter;
    inverse.tenantAfter = c.tenantBefore;
    inverse.contractBefore = c.contractAfter;
    inverse.contractAfter = c.contractBefore;
    inverse.racksBefore = c.racksAfter;
    inverse.racksAfter = c.racksBefore;
    return inverse;
}

QuoteChange issueQuoteChange(const Quote &quote)
{
    QuoteChange change;
    change.quoteAfter = quote;
    return change;
}

Result<QuoteChange> reserveQuoteChange(const SiteModel &model, Id quoteId, QDate today)
{
    Result<const Quote *> found = findQuote(model, quoteId);
    if (!found)
        return found.error();
    const Quote &quote = *found.value();
    if (quote.status != QuoteStatus::Issued)
        return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "only an issued quote can be reserved (it is %1)").arg(displayName(quote.status)));
    QuoteChange change;
    change.quoteBefore = quote;
    change.quoteAfter = quote;
    change.quoteAfter->status = QuoteStatus::Reserved;
    if (Status status = checkHold(model, *change.quoteAfter, today); !status)
        return status.error();
    return change;
}

Result<QuoteChange> convertQuoteChange(const SiteModel &model, Id quoteId, QDate today)
{
    Result<const Quote *> found = findQuote(model, quoteId);
    if (!found)
        return found.error();
    const Quote &quote = *found.value();
    if (!isOpen(quote))
        return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "only an issued or reserved quote can be converted (it is %1)")
                                     .arg(displayName(quote.status)));
    if (hasLapsed(quote, today))
        return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "expired on %1: issue a new quote").arg(quote.validUntil.toString(Qt::ISODate)));
    if (quote.rackIds.empty() || quote.hallId == kNoId)
        return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "has no placement: place it before converting"));
    if (quote.status == QuoteStatus::Issued) {
        // Not held: its positions must still be free, as for a reservation.
        Quote asHeld = quote;
        asHeld.status = QuoteStatus::Reserved;
        if (Status status = checkHold(model, asHeld, today); !status)
            return status.error();
    }

    QuoteChange change;
    change.quoteBefore = quote;
    Tenant tenant;
    const auto existing = std::find_if(model.tenants.begin(), model.tenants.end(), [&](const Tenant &t) {
        return t.name.compare(quote.customer, Qt::CaseInsensitive) == 0;
    });
    if (existing != model.tenants.end()) {
        tenant = *existing;
    } else {
        tenant.id = nextId(model.tenants);
        tenant.name = quote.customer;
        change.tenantAfter = tenant;
    }

    Contract contract;
    contract.id = nextId(model.contracts);
    contract.tenantId = tenant.id;
    contract.hallId = quote.hallId;
    contract.racks = quote.requirement.racks;
    contract.cageM2 = quote.requirement.cageM2;
    contract.committedKw = quote.requirement.committedKw();
    contract.start = quote.requirement.start;
    contract.end = quote.requirement.start.addMonths(quote.requirement.termMonths);
    contract.status = ContractStatus::Signed;
    change.contractAfter = contract;

    for (Id rackId : quote.rackIds) {
        const Rack *rack = model.rack(rackId);
        if (!rack)
            return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "position %1 no longer exists").arg(rackId));
        change.racksBefore.push_back(*rack);
        Rack occupied = *rack;
        occupied.state = RackState::Occupied;
        occupied.tenantId = tenant.id;
        change.racksAfter.push_back(occupied);
    }

    change.quoteAfter = quote;
    change.quoteAfter->status = QuoteStatus::Converted;
    change.quoteAfter->tenantId = tenant.id;
    change.quoteAfter->contractId = contract.id;
    return change;
}

Result<QuoteChange> cancelQuoteChange(const SiteModel &model, Id quoteId)
{
    Result<const Quote *> found = findQuote(model, quoteId);
    if (!found)
        return found.error();
    const Quote &quote = *found.value();
    if (!isOpen(quote))
        return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "only an issued or reserved quote can be cancelled (it is %1)")
                                     .arg(displayName(quote.status)));
    QuoteChange change;
    change.quoteBefore = quote;
    change.quoteAfter = quote;
    change.quoteAfter->status = QuoteStatus::Cancelled;
    return change;
}

Status checkHold(const SiteModel &model, const Quote &quote, QDate today)
{
    if (hasLapsed(quote, today))
        return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "expired on %1: issue a new quote").arg(quote.validUntil.toString(Qt::ISODate)));
    if (quote.rackIds.empty() || quote.hallId == kNoId)
        return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "has no positions to hold"));
    const Hall *hall = model.hall(quote.hallId);
    if (!hall)
        return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "hall %1 does not exist").arg(quote.hallId));

    const QHash<Id, QString> held = heldPositions(model, today, quote.id);
    for (Id rackId : quote.rackIds) {
        const Rack *rack = model.rack(rackId);
        if (!rack)
            return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "position %1 does not exist").arg(rackId));
        if (model.hallOfRack(*rack) != hall->id)
            return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "position \"%1\" is not in hall \"%2\"").arg(rack->name, hall->name));
        if (rack->state != RackState::Free)
            return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "position \"%1\" is %2, not free").arg(rack->name, displayName(rack->state)));
        if (const auto holder = held.constFind(rackId); holder != held.constEnd())
            return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "position \"%1\" is already held by quote \"%2\"").arg(rack->name, *holder));
    }

    // The budgets count every other live hold already; this quote's own must fit in what is left.
    SiteModel others = model;
    std::erase_if(others.quotes, [&](const Quote &q) { return q.id == quote.id; });
    const CapacityReport report = computeCapacity(others, today);
    const double kw = quote.requirement.committedKw();
    for (const HallCapacity &h : report.halls) {
        if (h.hallId != hall->id)
            continue;
        if (kw > h.power.free + 1e-9)
            return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "hall \"%1\" has %2 kW of power free, the quote needs %3 kW")
                                         .arg(hall->name, QString::number(std::max(0.0, h.power.free), 'f', 1),
                                              QString::number(kw, 'f', 1)));
        if (kw > report.generatorFreeItKw + 1e-9)
            return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "the generators can carry %1 kW more IT load, the quote needs %2 kW")
                                         .arg(QString::number(std::max(0.0, report.generatorFreeItKw), 'f', 1),
                                              QString::number(kw, 'f', 1)));
        if (kw > h.cooling.free + 1e-9)
            return quoteError(quote, QCoreApplication::translate("hectare::Quotes", "hall \"%1\" has %2 kW of cooling free, the quote needs %3 kW")
                                         .arg(hall->name, QString::number(std::max(0.0, h.cooling.free), 'f', 1),
                                              QString::number(kw, 'f', 1)));
    }
    return {};
}

Status expireLapsedQuotes(SqliteConnection &db, QDate today)
{
    // quote_hold rows go with the status: a hold row exists only for a reserved quote.
    Statement holds = db.prepare(QStringLiteral("DELETE FROM quote_hold WHERE quote_id IN (SELECT id FROM quote WHERE "
                                                "status IN ('issued', 'reserved') AND valid_until < ?1)"));
    holds.bindDate(1, today);
    if (!holds.run())
        return Error{QCoreApplication::translate("hectare::Quotes", "Quotes"), db.lastErrorMessage()};
    Statement expire = db.prepare(QStringLiteral("UPDATE quote SET status = 'expired' WHERE status IN ('issued', "
                                                 "'reserved') AND valid_until < ?1"));
    expire.bindDate(1, today);
    if (!expire.run())
        return Error{QCoreApplication::translate("hectare::Quotes", "Quotes"), db.lastErrorMessage()};
    return {};
}

Status applyQuoteChange(SqliteConnection &db, const QuoteChange &change, QDate today)
{
    Status status = expireLapsedQuotes(db, today);
    if (!status)
        return status;

    // Taking capacity is checked against the file as it is now, inside this transaction: another
    // program may have held or sold these positions since our copy of the model was read.
    if (takesCapacity(change.quoteAfter, today) && !takesCapacity(change.quoteBefore, today)) {
        Result<SiteModel> current = readModel(db);
        if (!current)
            return current.error();
        Quote asHeld = *change.quoteAfter;
        asHeld.status = QuoteStatus::Reserved;
        status = checkHold(current.value(), asHeld, today);
        if (!status)
            return status;
    }

    if (change.tenantAfter && !change.tenantBefore) {
        if (status = insertTenant(db, *change.tenantAfter); !status) return status;
    }
    if (change.contractAfter) {
        status = change.contractBefore ? updateContract(db, *change.contractAfter) : insertContract(db, *change.contractAfter);
        if (!status) return status;
    }
    for (const Rack &rack : change.racksAfter) {
        if (status = updateRack(db, rack); !status) return status;
    }
    if (change.quoteAfter) {
        if (status = writeQuote(db, *change.quoteAfter); !status) return status;
    } else if (change.quoteBefore) {
        if (status = deleteQuote(db, change.quoteBefore->id); !status) return status;
    }
    if (change.contractBefore && !change.contractAfter) {
        if (status = deleteContract(db, change.contractBefore->id); !status) return status;
    }
    if (change.tenantBefore && !change.tenantAfter) {
        if (status = deleteTenant(db, change.tenantBefore->id); !status) return status;
    }
    return {};
}

QString nextQuoteNumber(const SiteModel &model, int year)
{
    const QString prefix = QStringLiteral("Q-%1-").arg(year);
    int last = 0;
    for (const Quote &q : model.quotes) {
        if (q.number.startsWith(prefix))
            last = std::max(last, q.number.mid(prefix.size()).toInt());
    }
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

Id nextQuoteId(const SiteModel &model) { return nextId(model.quotes); }

QSet<Id> heldRackIds(const SiteModel &model, QDate asOf, Id except)
{
    QSet<Id> held;
    for (const Quote &q : model.quotes) {
        if (q.id != except && holdsCapacity(q, asOf))
            for (Id id : q.rackIds)
                held.insert(id);
    }
    return held;
}

RackState shownState(const Rack &rack, const QSet<Id> &held)
{
    return rack.state == RackState::Free && held.contains(rack.id) ? RackState::Reserved : rack.state;
}

std::vector<const Quote *> liveHolds(const SiteModel &model, QDate asOf)
{
    std::vector<const Quote *> holds;
    for (const Quote &q : model.quotes) {
        if (holdsCapacity(q, asOf))
            holds.push_back(&q);
    }
    std::sort(holds.begin(), holds.end(), [](const Quote *a, const Quote *b) {
        return std::tie(a->validUntil, a->number) < std::tie(b->validUntil, b->number);
    });
    return holds;
}

} // namespace hectare
