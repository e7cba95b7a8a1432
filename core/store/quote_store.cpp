#include "quote_store.h"

#include "sqlite_connection.h"
#include "statement.h"
#include "table_columns.h"

#include <QCoreApplication>
#include <QHash>

namespace hectare {
namespace {

QString quotePath(const Quote &q) { return QStringLiteral("quote ") + QString::number(q.id); }

Error unreadable(Id id, const QString &column)
{
    return Error{QStringLiteral("quote %1").arg(id),
                 QCoreApplication::translate("hectare::Document", "stored value of %1 cannot be read").arg(column)};
}

Status readChildren(SqliteConnection &db, std::vector<Quote> &quotes)
{
    QHash<Id, Quote *> byId;
    for (Quote &q : quotes)
        byId.insert(q.id, &q);
    Statement lines = db.prepare(QStringLiteral("SELECT quote_id, item_key, label, monthly, quantity, unit_price "
                                                "FROM quote_line ORDER BY quote_id, position"));
    Statement::StepResult step;
    while ((step = lines.step()) == Statement::StepResult::Row) {
        if (Quote *q = byId.value(lines.columnInt64(0)))
            q->lines.push_back(QuoteLineRecord{lines.columnText(1), lines.columnText(2), lines.columnInt(3) != 0,
                                               lines.columnInt64(4), lines.columnInt64(5)});
    }
    if (step == Statement::StepResult::Error)
        return Error{QString(), db.lastErrorMessage()};
    Statement racks = db.prepare(QStringLiteral("SELECT quote_id, rack_id FROM quote_rack ORDER BY quote_id, position"));
    while ((step = racks.step()) == Statement::StepResult::Row) {
        if (Quote *q = byId.value(racks.columnInt64(0)))
            q->rackIds.push_back(racks.columnInt64(1));
    }
    if (step == Statement::StepResult::Error)
        return Error{QString(), db.lastErrorMessage()};
    return {};
}

// The quote that already holds `rackId`, for the message when a second hold is refused.
QString holderOf(SqliteConnection &db, Id rackId)
{
    Statement s = db.prepare(QStringLiteral("SELECT q.number FROM quote_hold h JOIN quote q ON q.id = h.quote_id "
                                            "WHERE h.rack_id = ?1"));
    s.bindId(1, rackId);
    return s.step() == Statement::StepResult::Row ? s.columnText(0) : QString();
}

QString rackName(SqliteConnection &db, Id rackId)
{
    Statement s = db.prepare(QStringLiteral("SELECT name FROM rack WHERE id = ?1"));
    s.bindId(1, rackId);
    return s.step() == Statement::StepResult::Row ? s.columnText(0) : QString::number(rackId);
}

Status writeHolds(SqliteConnection &db, const Quote &q)
{
    Statement clear = db.prepare(QStringLiteral("DELETE FROM quote_hold WHERE quote_id = ?1"));
    clear.bindId(1, q.id);
    if (!clear.run())
        return writeError(db, quotePath(q));
    if (q.status != QuoteStatus::Reserved)
        return {};
    Statement hold = db.prepare(QStringLiteral("INSERT INTO quote_hold (rack_id, quote_id) VALUES (?1, ?2)"));
    for (Id rackId : q.rackIds) {
        const QString holder = holderOf(db, rackId);
        if (!holder.isEmpty()) {
            // The primary key would refuse it too; this says who holds the position.
            return Error{QCoreApplication::translate("hectare::Quotes", "Quote \"%1\"").arg(q.number),
                         QCoreApplication::translate("hectare::Quotes", "position \"%1\" is already held by quote \"%2\"")
                             .arg(rackName(db, rackId), holder)};
        }
        hold.reset();
        hold.bindId(1, rackId).bindId(2, q.id);
        if (!hold.run())
            return writeError(db, quotePath(q));
    }
    return {};
}

} // namespace

Status readQuotes(SqliteConnection &db, std::vector<Quote> &quotes)
{
    Statement s = db.prepare(QStringLiteral(
        "SELECT id, number, customer, language, racks, kw_per_rack, cage_m2, ab_feeds, weight_kg_per_rack, start_date, "
        "term_months, fibre_cross_connects, copper_cross_connects, remote_hands_hours, cost_per_kw_month, hall_id, "
        "term_discount_bp, escalator_bp, vat_bp, issued, valid_until, status, tenant_id, contract_id "
        "FROM quote ORDER BY id"));
    if (!s.isValid())
        return Error{QString(), db.lastErrorMessage()};
    Statement::StepResult step;
    while ((step = s.step()) == Statement::StepResult::Row) {
        Quote q;
        q.id = s.columnInt64(0);
        q.number = s.columnText(1);
        q.customer = s.columnText(2);
        q.language = s.columnText(3);
        QuoteRequirement &r = q.requirement;
        r.racks = s.columnInt(4);
        r.kwPerRack = s.columnDouble(5);
        r.cageM2 = s.columnDouble(6);
        r.abFeeds = s.columnInt(7) != 0;
        r.weightKgPerRack = s.columnDouble(8);
        r.start = s.columnDate(9);
        r.termMonths = s.columnInt(10);
        r.fibreCrossConnects = s.columnInt(11);
        r.copperCrossConnects = s.columnInt(12);
        r.remoteHandsHours = s.columnInt(13);
        r.costPerKwMonth = s.columnInt64(14);
        q.hallId = s.columnId(15);
        q.termDiscountBasisPoints = s.columnInt(16);
        q.escalatorBasisPoints = s.columnInt(17);
        q.vatBasisPoints = s.columnInt(18);
        q.issued = s.columnDate(19);
        q.validUntil = s.columnDate(20);
        const std::optional<QuoteStatus> status = quoteStatusFromKey(s.columnText(21));
        if (!status)
            return unreadable(q.id, QStringLiteral("status"));
        q.status = *status;
        q.tenantId = s.columnId(22);
        q.contractId = s.columnId(23);
        if (!r.start.isValid())
            return unreadable(q.id, QStringLiteral("start_date"));
        if (!q.issued.isValid() || !q.validUntil.isValid())
            return unreadable(q.id, QStringLiteral("valid_until"));
        quotes.push_back(std::move(q));
    }
    if (step == Statement::StepResult::Error)
        return Error{QString(), db.lastErrorMessage()};
    return readChildren(db, quotes);
}

Status writeQuote(SqliteConnection &db, const Quote &q)
{
    // Every column but id, which upsertSql() puts first (?1).
    static const QStringList columns{
        QStringLiteral("number"), QStringLiteral("customer"), QStringLiteral("language"),
        QStringLiteral("racks"), QStringLiteral("kw_per_rack"), QStringLiteral("cage_m2"), QStringLiteral("ab_feeds"),
        QStringLiteral("weight_kg_per_rack"), QStringLiteral("start_date"), QStringLiteral("term_months"),
        QStringLiteral("fibre_cross_connects"), QStringLiteral("copper_cross_connects"),
        QStringLiteral("remote_hands_hours"), QStringLiteral("cost_per_kw_month"), QStringLiteral("hall_id"),
        QStringLiteral("term_discount_bp"), QStringLiteral("escalator_bp"), QStringLiteral("vat_bp"),
        QStringLiteral("issued"), QStringLiteral("valid_until"), QStringLiteral("status"), QStringLiteral("tenant_id"),
        QStringLiteral("contract_id")};
    // An upsert, not INSERT OR REPLACE: replacing would delete the row and cascade to its children.
    Statement s = db.prepare(upsertSql(QStringLiteral("quote"), columns));
    const QuoteRequirement &r = q.requirement;
    s.bindId(1, q.id).bind(2, q.number).bind(3, q.customer).bind(4, q.language);
    s.bind(5, r.racks).bind(6, r.kwPerRack).bind(7, r.cageM2).bind(8, r.abFeeds ? 1 : 0).bind(9, r.weightKgPerRack);
    s.bindDate(10, r.start).bind(11, r.termMonths).bind(12, r.fibreCrossConnects).bind(13, r.copperCrossConnects);
    s.bind(14, r.remoteHandsHours).bind(15, qint64(r.costPerKwMonth)).bindId(16, q.hallId);
    s.bind(17, q.termDiscountBasisPoints).bind(18, q.escalatorBasisPoints).bind(19, q.vatBasisPoints);
    s.bindDate(20, q.issued).bindDate(21, q.validUntil).bind(22, toKey(q.status)).bindId(23, q.tenantId);
    s.bindId(24, q.contractId);
    // Lines and positions are replaced as a whole: a quote has a handful of each.
    if (!s.run())
        return writeError(db, quotePath(q));

    Statement clear = db.prepare(QStringLiteral("DELETE FROM quote_line WHERE quote_id = ?1"));
    clear.bindId(1, q.id);
    if (!clear.run())
        return writeError(db, quotePath(q));
    Statement line = db.prepare(QStringLiteral("INSERT INTO quote_line (quote_id, position, item_key, label, monthly, "
                                               "quantity, unit_price) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    for (std::size_t i = 0; i < q.lines.size(); ++i) {
        const QuoteLineRecord &l = q.lines[i];
        line.reset();
        line.bindId(1, q.id).bind(2, int(i)).bind(3, l.itemKey).bind(4, l.label).bind(5, l.monthly ? 1 : 0);
        line.bind(6, l.quantity).bind(7, l.unitPrice);
        if (!line.run())
            return writeError(db, quotePath(q));
    }
    Statement clearRacks = db.prepare(QStringLiteral("DELETE FROM quote_rack WHERE quote_id = ?1"));
    clearRacks.bindId(1, q.id);
    if (!clearRacks.run())
        return writeError(db, quotePath(q));
    Statement rack = db.prepare(QStringLiteral("INSERT INTO quote_rack (quote_id, position, rack_id) VALUES (?1, ?2, ?3)"));
    for (std::size_t i = 0; i < q.rackIds.size(); ++i) {
        rack.reset();
        rack.bindId(1, q.id).bind(2, int(i)).bindId(3, q.rackIds[i]);
        if (!rack.run())
            return writeError(db, quotePath(q));
    }
    return writeHolds(db, q);
}

Status deleteQuote(SqliteConnection &db, Id quoteId)
{
    Statement s = db.prepare(QStringLiteral("DELETE FROM quote WHERE id = ?1"));
    s.bindId(1, quoteId);
    return runOne(db, s, QStringLiteral("quote ") + QString::number(quoteId));
}

} // namespace hectare
