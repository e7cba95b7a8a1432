// Reservations that really block (core/quoting/reservations.h): holds count in budgets, a second
// hold on a position or beyond a hall's kW is refused inside the write transaction — also when two
// processes race on one file — holds lapse by themselves, and convert/cancel are exact undo pairs.
#include "quote_site.h"

#include "capacity/capacity_budget.h"
#include "quoting/quote_builder.h"
#include "quoting/reservations.h"
#include "store/document.h"
#include "store/sqlite_connection.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace hectare;
using namespace hectare::test;

namespace {

const QDate kToday(2026, 11, 25);

Quote heldQuote(Id id, const std::vector<Id> &racks, double kwPerRack, QDate validUntil = kToday.addDays(29))
{
    Quote q;
    q.id = id;
    q.number = QStringLiteral("Q-2026-%1").arg(id, 4, 10, QLatin1Char('0'));
    q.customer = QStringLiteral("Client %1").arg(id);
    q.requirement.racks = int(racks.size());
    q.requirement.kwPerRack = kwPerRack;
    q.requirement.start = QDate(2027, 1, 1);
    q.requirement.termMonths = 12;
    q.hallId = 1;
    q.rackIds = racks;
    q.issued = kToday;
    q.validUntil = validUntil;
    q.status = QuoteStatus::Reserved;
    return q;
}

Status applyIn(Document &document, const QuoteChange &change, QDate today = kToday)
{
    return document.change([&](SqliteConnection &db) { return applyQuoteChange(db, change, today); });
}

int holdRows(const QString &path)
{
    Result<SqliteConnection> db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    Statement s = db->prepare(QStringLiteral("SELECT count(*) FROM quote_hold"));
    s.step();
    return s.columnInt(0);
}

// Child-process mode of this test: reserve quotes one after the other on a raw connection to
// `path` (as a second program would, the document lock aside), each in its own transaction.
// Arguments: path today idBase rackId:kW … ; waits for path.go before starting, prints one line per quote.
int runRacer(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(2);
    const QString path = args.value(0);
    const QDate today = QDate::fromString(args.value(1), Qt::ISODate);
    const Id idBase = args.value(2).toLongLong();
    Result<SqliteConnection> db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
    if (!db)
        return 3;
    db->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    while (!QFile::exists(path + QStringLiteral(".go")))
        QThread::usleep(200);
    QTextStream out(stdout);
    for (int i = 3; i < args.size(); ++i) {
        const QStringList parts = args[i].split(QLatin1Char(':'));
        const Quote quote = heldQuote(idBase + i, {parts[0].toLongLong()}, parts[1].toDouble());
        Transaction transaction(db.value());
        Status status = transaction.beginStatus();
        if (status)
            status = applyQuoteChange(db.value(), issueQuoteChange(quote), today);
        if (status)
            status = transaction.commit();
        out << (status ? QStringLiteral("won %1").arg(parts[0]) : QStringLiteral("lost %1: %2").arg(parts[0], status.error().text()))
            << '\n';
    }
    return 0;
}

} // namespace

class TestReservations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Document> createDocument(const QString &name, const SiteModel &model)
    {
        Result<std::unique_ptr<Document>> doc = Document::create(m_dir.filePath(name), model);
        if (!doc)
            qFatal("%s", qPrintable(doc.error().text()));
        return std::move(doc.value());
    }

private Q_SLOTS:
    void aHoldCountsInTheBudgetsAndRefusesASecondHold()
    {
        auto doc = createDocument(QStringLiteral("hold.hectare"), twoHallSite());
        QVERIFY(applyIn(*doc, issueQuoteChange(heldQuote(1, {7, 8}, 5))));
        const CapacityReport report = computeCapacity(doc->model(), kToday);
        QCOMPARE(report.halls.front().space.reserved, 2.0);
        QCOMPARE(report.halls.front().power.reserved, 10.0);
        QCOMPARE(holdRows(doc->path()), 2);

        // The same position again: refused, naming the position and the quote holding it.
        const SiteModel before = doc->model();
        Status second = applyIn(*doc, issueQuoteChange(heldQuote(2, {8, 9}, 5)));
        QVERIFY(!second);
        QVERIFY2(second.error().text().contains(QStringLiteral("position \"E1-08\" is already held by quote "
                                                               "\"Q-2026-0001\"")),
                 qPrintable(second.error().text()));
        QCOMPARE(doc->model(), before);

        // Other positions, but beyond the hall's cooling: 20 kW free, 10 held, 12 asked.
        second = applyIn(*doc, issueQuoteChange(heldQuote(2, {9, 10}, 6)));
        QVERIFY(!second);
        QVERIFY2(second.error().text().contains(QStringLiteral("10.0 kW of cooling free, the quote needs 12.0 kW")),
                 qPrintable(second.error().text()));
        QCOMPARE(doc->model(), before);
        // Within it: accepted.
        QVERIFY(applyIn(*doc, issueQuoteChange(heldQuote(2, {9, 10}, 5))));
        QCOMPARE(computeCapacity(doc->model(), kToday).halls.front().cooling.free, 0.0);
    }

    void anIssuedQuoteHoldsNothingUntilReserved()
    {
        auto doc = createDocument(QStringLiteral("issued.hectare"), twoHallSite());
        Quote q = heldQuote(1, {7, 8}, 5);
        q.status = QuoteStatus::Issued;
        QVERIFY(applyIn(*doc, issueQuoteChange(q)));
        QCOMPARE(computeCapacity(doc->model(), kToday).halls.front().space.reserved, 0.0);
        Result<QuoteChange> reserve = reserveQuoteChange(doc->model(), 1, kToday);
        QVERIFY(reserve);
        QVERIFY(applyIn(*doc, reserve.value()));
        QCOMPARE(doc->model().quote(1)->status, QuoteStatus::Reserved);
        QCOMPARE(computeCapacity(doc->model(), kToday).halls.front().space.reserved, 2.0);
    }

    // A hold lasts through its validity day; the day after, budgets and placement no longer count
    // it, with no write; the next write records it as expired and drops its hold rows.
    void holdsExpireByThemselves()
    {
        auto doc = createDocument(QStringLiteral("expiry.hectare"), twoHallSite());
        const QDate lastDay = kToday.addDays(29);
        QVERIFY(applyIn(*doc, issueQuoteChange(heldQuote(1, {7, 8}, 5, lastDay))));
        QCOMPARE(computeCapacity(doc->model(), lastDay).halls.front().space.reserved, 2.0);
        QCOMPARE(liveHolds(doc->model(), lastDay).size(), std::size_t(1));
        const QDate dayAfter = lastDay.addDays(1);
        QCOMPARE(computeCapacity(doc->model(), dayAfter).halls.front().space.reserved, 0.0);
        QVERIFY(liveHolds(doc->model(), dayAfter).empty());
        QVERIFY(hasLapsed(*doc->model().quote(1), dayAfter));
        QCOMPARE(doc->model().quote(1)->status, QuoteStatus::Reserved);   // nothing written yet

        // The day after, another quote may take the same positions; the write expires the first.
        QVERIFY(applyIn(*doc, issueQuoteChange(heldQuote(2, {7, 8}, 5, dayAfter.addDays(29))), dayAfter));
        QCOMPARE(doc->model().quote(1)->status, QuoteStatus::Expired);
        QCOMPARE(doc->model().quote(2)->status, QuoteStatus::Reserved);
        QCOMPARE(holdRows(doc->path()), 2);
        // An expired quote can be neither reserved nor converted.
        QVERIFY(!reserveQuoteChange(doc->model(), 1, dayAfter));
        QVERIFY(!convertQuoteChange(doc->model(), 1, dayAfter));
    }

    void convertingCreatesTheContractAndUndoRestoresEverything()
    {
        auto doc = createDocument(QStringLiteral("convert.hectare"), twoHallSite());
        QVERIFY(applyIn(*doc, issueQuoteChange(heldQuote(1, {7, 8}, 5))));
        const SiteModel reserved = doc->model();

        Result<QuoteChange> convert = convertQuoteChange(doc->model(), 1, kToday);
        QVERIFY2(convert, convert ? "" : qPrintable(convert.error().text()));
        QVERIFY(applyIn(*doc, convert.value()));
        const SiteModel &m = doc->model();
        const Quote &q = *m.quote(1);
        QCOMPARE(q.status, QuoteStatus::Converted);
        const Tenant *tenant = m.tenant(q.tenantId);
        QVERIFY(tenant);
        QCOMPARE(tenant->name, QStringLiteral("Client 1"));
        const Contract *contract = m.contract(q.contractId);
        QVERIFY(contract);
        QCOMPARE(contract->status, ContractStatus::Signed);
        QCOMPARE(contract->committedKw, 10.0);
        QCOMPARE(contract->racks, 2);
        QCOMPARE(contract->start, QDate(2027, 1, 1));
        QCOMPARE(contract->end, QDate(2028, 1, 1));
        QCOMPARE(m.rack(7)->state, RackState::Occupied);
        QCOMPARE(m.rack(8)->tenantId, tenant->id);
        QCOMPARE(holdRows(doc->path()), 0);
        // Signed, the kW are committed (not reserved twice).
        const CapacityReport report = computeCapacity(m, kToday);
        QCOMPARE(report.halls.front().power.committed, 40.0);
        QCOMPARE(report.halls.front().power.reserved, 0.0);

        QVERIFY(applyIn(*doc, inverseOf(convert.value())));
        QCOMPARE(doc->model(), reserved);
        QCOMPARE(holdRows(doc->path()), 2);
        // And redo again.
        QVERIFY(applyIn(*doc, convert.value()));
        QCOMPARE(doc->model().quote(1)->status, QuoteStatus::Converted);
    }

    void convertingForAnExistingTenantAddsAContractOnly()
    {
        auto doc = createDocument(QStringLiteral("existing.hectare"), twoHallSite());
        Quote q = heldQuote(1, {7}, 5);
        q.customer = QStringLiteral("croissance sa");
        QVERIFY(applyIn(*doc, issueQuoteChange(q)));
        Result<QuoteChange> convert = convertQuoteChange(doc->model(), 1, kToday);
        QVERIFY(convert);
        QVERIFY(!convert->tenantAfter);
        QVERIFY(applyIn(*doc, convert.value()));
        QCOMPARE(doc->model().tenants.size(), std::size_t(1));
        QCOMPARE(doc->model().contracts.size(), std::size_t(2));
    }

    void cancellingReleasesAndUndoHoldsAgain()
    {
        auto doc = createDocument(QStringLiteral("cancel.hectare"), twoHallSite());
        QVERIFY(applyIn(*doc, issueQuoteChange(heldQuote(1, {7, 8}, 5))));
        const SiteModel reserved = doc->model();
        Result<QuoteChange> cancel = cancelQuoteChange(doc->model(), 1);
        QVERIFY(cancel);
        QVERIFY(applyIn(*doc, cancel.value()));
        QCOMPARE(doc->model().quote(1)->status, QuoteStatus::Cancelled);
        QCOMPARE(holdRows(doc->path()), 0);
        QCOMPARE(computeCapacity(doc->model(), kToday).halls.front().space.reserved, 0.0);
        QVERIFY(!cancelQuoteChange(doc->model(), 1));   // twice: refused

        // Meanwhile someone holds one of its positions: undoing the cancel is refused, nothing changes.
        QVERIFY(applyIn(*doc, issueQuoteChange(heldQuote(2, {8}, 5))));
        const SiteModel taken = doc->model();
        Status undo = applyIn(*doc, inverseOf(cancel.value()));
        QVERIFY(!undo);
        QVERIFY2(undo.error().text().contains(QStringLiteral("already held by quote \"Q-2026-0002\"")),
                 qPrintable(undo.error().text()));
        QCOMPARE(doc->model(), taken);
        // Once the other quote is cancelled, the undo goes through.
        QVERIFY(applyIn(*doc, cancelQuoteChange(doc->model(), 2).value()));
        QVERIFY(applyIn(*doc, inverseOf(cancel.value())));
        QCOMPARE(doc->model().quote(1)->status, reserved.quote(1)->status);
    }

    void removingAHeldPositionIsRefused()
    {
        auto doc = createDocument(QStringLiteral("remove.hectare"), twoHallSite());
        QVERIFY(applyIn(*doc, issueQuoteChange(heldQuote(1, {12}, 5))));
        const Status removed = doc->change([](SqliteConnection &db) {
            return db.exec(QStringLiteral("DELETE FROM rack WHERE id = 12"));
        });
        QVERIFY(!removed);
        QVERIFY2(removed.error().text().contains(QStringLiteral("Q-2026-0001")), qPrintable(removed.error().text()));
    }

    void quoteNumbersFollowEachOther()
    {
        SiteModel m = twoHallSite();
        QCOMPARE(nextQuoteNumber(m, 2026), QStringLiteral("Q-2026-0001"));
        m.quotes = {heldQuote(1, {7}, 5), heldQuote(12, {8}, 5)};
        QCOMPARE(nextQuoteNumber(m, 2026), QStringLiteral("Q-2026-0013"));
        QCOMPARE(nextQuoteNumber(m, 2027), QStringLiteral("Q-2027-0001"));
        QCOMPARE(nextQuoteId(m), Id(13));
    }

    // Two programs reserve on one file at the same moment: every position goes to one of them, and
    // the hall's cooling is never sold twice. Each racer holds its own connection, as a second
    // program would; BEGIN IMMEDIATE makes one wait while the other checks and writes.
    void twoProcessesRacingNeverHoldTheSameCapacity_data()
    {
        QTest::addColumn<int>("round");
        for (int round = 1; round <= 3; ++round)
            QTest::addRow("round %d", round) << round;
    }

    void twoProcessesRacingNeverHoldTheSameCapacity()
    {
        QFETCH(int, round);
        const QString name = QStringLiteral("race-%1.hectare").arg(round);
        const QString path = m_dir.filePath(name);
        createDocument(name, twoHallSite());
        // East has 20 kW of cooling free. First each racer wants a different position at 15 kW:
        // both cannot have it. Then both want positions 7–10 at 1 kW each, in the same order.
        const QStringList positions{QStringLiteral("7:1"), QStringLiteral("8:1"), QStringLiteral("9:1"),
                                    QStringLiteral("10:1")};
        QProcess a, b;
        const QString self = QCoreApplication::applicationFilePath();
        const QString today = kToday.toString(Qt::ISODate);
        a.start(self, QStringList{QStringLiteral("--racer"), path, today, QStringLiteral("1000"), QStringLiteral("11:15")}
                          + positions);
        b.start(self, QStringList{QStringLiteral("--racer"), path, today, QStringLiteral("2000"), QStringLiteral("12:15")}
                          + positions);
        QVERIFY(a.waitForStarted() && b.waitForStarted());
        QThread::msleep(300);   // both are polling for the go file by now
        QFile go(path + QStringLiteral(".go"));
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const QString outA = QString::fromUtf8(a.readAllStandardOutput());
        const QString outB = QString::fromUtf8(b.readAllStandardOutput());
        qInfo().noquote() << "racer A:\n" << outA << "racer B:\n" << outB;

        Result<std::unique_ptr<Document>> doc = Document::open(path);
        QVERIFY(doc);
        const SiteModel &m = doc.value()->model();
        QMap<Id, int> holders;
        double heldKw = 0;
        for (const Quote &q : m.quotes) {
            QVERIFY(holdsCapacity(q, kToday));
            for (Id rack : q.rackIds)
                ++holders[rack];
            heldKw += q.requirement.committedKw();
        }
        for (auto it = holders.cbegin(); it != holders.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("position %1 held %2 times").arg(it.key()).arg(it.value())));
        QVERIFY2(heldKw <= 20 + 1e-9, qPrintable(QString::number(heldKw)));
        auto won = [](const QString &out, const QString &rack) { return out.contains(QStringLiteral("won ") + rack + '\n'); };
        // The 15 kW went to exactly one of them; the loser was told why.
        QCOMPARE(int(won(outA, QStringLiteral("11"))) + int(won(outB, QStringLiteral("12"))), 1);
        QVERIFY(outA.contains(QStringLiteral("kW of power free, the quote needs 15.0 kW"))
                || outB.contains(QStringLiteral("kW of power free, the quote needs 15.0 kW")));
        // Every one of positions 7–10 was won by exactly one racer.
        for (const QString &rack : {QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("10")})
            QVERIFY2(int(won(outA, rack)) + int(won(outB, rack)) == 1, qPrintable(rack));
        QCOMPARE(holdRows(path), int(holders.size()));
        QCOMPARE(m.quotes.size(), std::size_t(5));
        QCOMPARE(heldKw, 19.0);
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--racer") == 0)
        return runRacer(argc, argv);
    QCoreApplication app(argc, argv);
    TestReservations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reservations.moc"
