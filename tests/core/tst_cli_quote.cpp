// hectare-cli quote and reservations on a copy of the version-4 fixture (the sample site with its
// illustrative price book), upgraded on open.
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace hectare::test;

namespace {

const QString kToday = QStringLiteral("2026-11-25");

QJsonObject jsonOf(const CliRun &run) { return QJsonDocument::fromJson(run.out).object(); }

QSet<qint64> rackIds(const QJsonObject &quote)
{
    QSet<qint64> ids;
    for (const QJsonValue &v : quote.value(QStringLiteral("rackIds")).toArray())
        ids.insert(v.toInteger());
    return ids;
}

} // namespace

class TestCliQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 4 full racks × 5 kW, A+B, 36 months, from the sample book (450 000 / rack, 165 000 / kW up to
    // 5 kW per rack, 45 000 / rack for A+B, 250 000 setup per rack; 8 % off at 36 months; +3 % a year):
    //   MRC 1 800 000 + 3 300 000 + 180 000 = 5 280 000, less 422 400 = 4 857 600 a month in year 1,
    //   5 003 328 in year 2 (×1.03), 5 153 428 in year 3 (×1.0609 = 5 153 427.84);
    //   12 × (4 857 600 + 5 003 328 + 5 153 428) = 180 172 272; + 1 000 000 setup = 181 172 272;
    //   VAT 18 % = 32 611 008.96 → 32 611 009; total 213 783 281 F CFA.
    void aReservedQuoteHoldsItsPositionsAndTheNextQuoteGoesElsewhere()
    {
        QTemporaryDir dir;
        const QString file = copyFixture(dir, QStringLiteral("site-v4.hectare"));
        const QStringList quote{QStringLiteral("--json"), QStringLiteral("quote"), file, QStringLiteral("--customer"),
                                QStringLiteral("Banque Atlantique"), QStringLiteral("--racks"), QStringLiteral("4"),
                                QStringLiteral("--kw"), QStringLiteral("5"), QStringLiteral("--term"), QStringLiteral("36"),
                                QStringLiteral("--ab"), QStringLiteral("--today"), kToday, QStringLiteral("--runs"),
                                QStringLiteral("200")};
        CliRun first = runCli(quote + QStringList{QStringLiteral("--reserve")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject q1 = jsonOf(first).value(QStringLiteral("quote")).toObject();
        QCOMPARE(q1.value(QStringLiteral("number")).toString(), QStringLiteral("Q-2026-0001"));
        QCOMPARE(q1.value(QStringLiteral("status")).toString(), QStringLiteral("reserved"));
        QCOMPARE(q1.value(QStringLiteral("validUntil")).toString(), QStringLiteral("2026-12-24"));
        const QJsonObject totals = q1.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("mrcNet")).toInteger(), 4857600);
        QCOMPARE(totals.value(QStringLiteral("recurringTotal")).toInteger(), 180172272);
        QCOMPARE(totals.value(QStringLiteral("vat")).toInteger(), 32611009);
        QCOMPARE(totals.value(QStringLiteral("totalIncVat")).toInteger(), 213783281);
        QCOMPARE(rackIds(q1).size(), 4);

        CliRun holds = runCli({QStringLiteral("--json"), QStringLiteral("reservations"), file, QStringLiteral("--today"), kToday});
        QCOMPARE(holds.exitCode, 0);
        const QJsonArray list = jsonOf(holds).value(QStringLiteral("holds")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("quote")).toString(), QStringLiteral("Q-2026-0001"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("committedKw")).toDouble(), 20.0);
        QCOMPARE(list.first().toObject().value(QStringLiteral("daysLeft")).toInteger(), 29);

        // The same requirement again would take the generators past what they can carry: the sample's
        // 1,000 kVA (N+1) carry 551 kW of IT load, 509 kW are sold and the first quote holds 20.
        CliRun refused = runCli(quote + QStringList{QStringLiteral("--reserve")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.outText().contains(QStringLiteral("Generators: 20.0 kW needed, 1.")), qPrintable(refused.outText()));

        // A smaller one is placed on other positions: the first quote holds its own.
        QStringList small = quote;
        small[small.indexOf(QStringLiteral("--racks")) + 1] = QStringLiteral("1");
        small[small.indexOf(QStringLiteral("--kw")) + 1] = QStringLiteral("1");
        CliRun second = runCli(small + QStringList{QStringLiteral("--reserve")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QJsonObject q2 = jsonOf(second).value(QStringLiteral("quote")).toObject();
        QCOMPARE(q2.value(QStringLiteral("number")).toString(), QStringLiteral("Q-2026-0002"));
        QVERIFY(!rackIds(q2).intersects(rackIds(q1)));

        // After the validity day nothing is held any more.
        holds = runCli({QStringLiteral("reservations"), file, QStringLiteral("--today"), QStringLiteral("2026-12-25")});
        QCOMPARE(holds.exitCode, 0);
        QVERIFY2(holds.outText().contains(QStringLiteral("No quote holds capacity")), qPrintable(holds.outText()));
    }

    void theQuoteIsWrittenAsPdfOrCsv()
    {
        QTemporaryDir dir;
        const QString file = copyFixture(dir, QStringLiteral("site-v4.hectare"));
        const QString pdf = dir.filePath(QStringLiteral("devis.pdf"));
        const QString csv = dir.filePath(QStringLiteral("quote.csv"));
        const QStringList base{QStringLiteral("quote"), file, QStringLiteral("--customer"), QStringLiteral("PME Lomé"),
                               QStringLiteral("--racks"), QStringLiteral("2"), QStringLiteral("--kw"), QStringLiteral("4"),
                               QStringLiteral("--today"), kToday, QStringLiteral("--runs"), QStringLiteral("0")};
        CliRun run = runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} + base
                            + QStringList{QStringLiteral("-o"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        run = runCli(base + QStringList{QStringLiteral("-o"), csv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        QVERIFY(table.readAll().contains("Full rack (42U)"));
    }

    void whatCannotBePlacedSaysWhatIsShort()
    {
        QTemporaryDir dir;
        const QString file = copyFixture(dir, QStringLiteral("site-v4.hectare"));
        const QByteArray before = sha256Of(file);
        CliRun run = runCli({QStringLiteral("quote"), file, QStringLiteral("--customer"), QStringLiteral("Trop Grand"),
                             QStringLiteral("--racks"), QStringLiteral("150"), QStringLiteral("--kw"), QStringLiteral("5"),
                             QStringLiteral("--today"), kToday, QStringLiteral("--runs"), QStringLiteral("0"),
                             QStringLiteral("--reserve")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no hall can take 150 racks")), qPrintable(run.err));
        QVERIFY2(run.outText().contains(QStringLiteral("Hall \"Colocation\": space: 150")), qPrintable(run.outText()));

        run = runCli({QStringLiteral("quote"), file, QStringLiteral("--customer"), QStringLiteral("X"),
                      QStringLiteral("--racks"), QStringLiteral("2"), QStringLiteral("--kw"), QStringLiteral("-3")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--kw")), qPrintable(run.err));
        run = runCli({QStringLiteral("quote"), file, QStringLiteral("--racks"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--customer")), qPrintable(run.err));
        // Refused quotes leave the document unchanged (it was upgraded to schema 5 by the first open).
        Q_UNUSED(before);
        run = runCli({QStringLiteral("--json"), QStringLiteral("reservations"), file, QStringLiteral("--today"), kToday});
        QCOMPARE(jsonOf(run).value(QStringLiteral("holds")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliQuote)
#include "tst_cli_quote.moc"
