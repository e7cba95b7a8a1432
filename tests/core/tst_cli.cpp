// Tests app/cli (hectare-cli) as a user runs it: commands, exit codes 0/1/2, JSON output,
// and that bad input changes nothing.
#include "cli_runner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using hectare::test::CliRun;
using hectare::test::runCli;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrFragment");
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QString();
        QTest::newRow("command help") << QStringList{QStringLiteral("capacity"), QStringLiteral("--help")} << 0 << QString();
        QTest::newRow("no command") << QStringList{} << 1 << QStringLiteral("Usage");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << 1 << QStringLiteral("unknown command");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--colour")} << 1
                                        << QStringLiteral("colour");
        QTest::newRow("bad table") << QStringList{QStringLiteral("export-csv"), QStringLiteral("--table"), QStringLiteral("x")}
                                   << 1 << QStringLiteral("--table");
        QTest::newRow("bad date") << QStringList{QStringLiteral("capacity"), QStringLiteral("--date"), QStringLiteral("soon")}
                                  << 1 << QStringLiteral("--date");
        QTest::newRow("missing file") << QStringList{QStringLiteral("info"), QStringLiteral("/nonexistent/site.hectare")}
                                      << 2 << QStringLiteral("/nonexistent/site.hectare: does not exist");
        QTest::newRow("unknown hall") << QStringList{QStringLiteral("capacity"), QStringLiteral("--hall"), QStringLiteral("Nope")}
                                      << 2 << QStringLiteral("Hall \"Nope\"");
        QTest::newRow("import needs two files") << QStringList{QStringLiteral("import-json"), QStringLiteral("a.json")} << 1
                                                << QStringLiteral("import-json");
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrFragment);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, exitCode);
        if (!stderrFragment.isEmpty())
            QVERIFY2(run.err.contains(stderrFragment), qPrintable(run.err));
        if (exitCode == 0)
            QVERIFY(run.out.contains("Usage"));
    }

    void infoOnTheSampleSite()
    {
        const CliRun run = runCli({QStringLiteral("--json"), QStringLiteral("info")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(info[QStringLiteral("sample")].toBool(), true);
        QCOMPARE(info[QStringLiteral("counts")][QStringLiteral("racks")].toInt(), 200);
        QCOMPARE(info[QStringLiteral("counts")][QStringLiteral("halls")].toInt(), 2);
        QCOMPARE(info[QStringLiteral("site")][QStringLiteral("currency")].toString(), QStringLiteral("XOF"));

        const CliRun text = runCli({QStringLiteral("info")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Colocation"));
        QVERIFY(text.out.contains("Illustrative"));
    }

    void capacityJsonOnTheSampleSite()
    {
        const CliRun run = runCli({QStringLiteral("capacity"), QStringLiteral("--json"), QStringLiteral("--date"),
                                   QStringLiteral("2026-11-25")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report[QStringLiteral("halls")].toArray().size(), 2);
        const QJsonObject site = report[QStringLiteral("site")].toObject();
        // Sample site totals, by hand: 200 positions (8 × 20 + 4 × 10); UPS 2N of 8 × 250 kW → 1,000 kW;
        // chillers N+1 of 3 × 500 kW rated at the 35 °C design ambient → 1,000 kW; generators N+1 of
        // 2 × 1,000 kVA → 1,000 kVA, which at F(L) = L/0.955 + L/3 + 40 kW and PF 0.8 carry only
        // (800 − 40) / 1.38045 = 550.5 kW of IT: the generators bind.
        QCOMPARE(site[QStringLiteral("space")][QStringLiteral("installed")].toDouble(), 200.0);
        QCOMPARE(site[QStringLiteral("power")][QStringLiteral("usable")].toDouble(), 1000.0);
        QCOMPARE(site[QStringLiteral("cooling")][QStringLiteral("usable")].toDouble(), 1000.0);
        QCOMPARE(site[QStringLiteral("generator")][QStringLiteral("usable")].toDouble(), 1000.0);
        QCOMPARE(site[QStringLiteral("binding")].toString(), QStringLiteral("generator"));

        const CliRun oneHall = runCli({QStringLiteral("capacity"), QStringLiteral("--json"), QStringLiteral("--hall"),
                                       QStringLiteral("Government")});
        QCOMPARE(oneHall.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(oneHall.out).object()[QStringLiteral("halls")].toArray().size(), 1);

        const CliRun text = runCli({QStringLiteral("capacity")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Binding constraint"));
        QVERIFY(text.out.contains("kVA"));
    }

    void frenchMessagesAndNumbers()
    {
        const CliRun missing = runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("info"),
                                       QStringLiteral("/nonexistent/site.hectare")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("/nonexistent/site.hectare : n’existe pas"))
                     || missing.err.contains(QStringLiteral("/nonexistent/site.hectare: n’existe pas")),
                 qPrintable(missing.err));
        const CliRun capacity = runCli({QStringLiteral("capacity"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(capacity.exitCode, 0);
        const QString text = QString::fromUtf8(capacity.out);
        QVERIFY2(text.contains(QStringLiteral("Contrainte limitante : ")), qPrintable(text));
        // French number format: the site's 1,000 kW usable power reads "1 000,0" (narrow no-break space).
        QVERIFY2(text.contains(QStringLiteral("1\u202F000,0")), qPrintable(text));
        const CliRun english = runCli({QStringLiteral("capacity"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(QString::fromUtf8(english.out).contains(QStringLiteral("Binding constraint: ")));
    }

    void jsonRoundTripThroughADocument()
    {
        QTemporaryDir dir;
        const QString json1 = dir.filePath(QStringLiteral("one.json"));
        const QString doc = dir.filePath(QStringLiteral("site.hectare"));
        const QString json2 = dir.filePath(QStringLiteral("two.json"));
        QCOMPARE(runCli({QStringLiteral("export-json"), QStringLiteral("-o"), json1}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("import-json"), json1, doc}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("export-json"), doc, QStringLiteral("-o"), json2}).exitCode, 0);
        QVERIFY(!fileBytes(json1).isEmpty());
        QCOMPARE(fileBytes(json2), fileBytes(json1));
        // Standard output is the default.
        QCOMPARE(runCli({QStringLiteral("export-json"), doc}).out, fileBytes(json1));
    }

    void importRefusesToOverwriteWithoutForce()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("site.json"));
        const QString doc = dir.filePath(QStringLiteral("site.hectare"));
        QCOMPARE(runCli({QStringLiteral("export-json"), QStringLiteral("-o"), json}).exitCode, 0);
        QFile file(doc);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        const CliRun refused = runCli({QStringLiteral("import-json"), json, doc});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
        QCOMPARE(fileBytes(doc), QByteArray("precious"));
        QCOMPARE(runCli({QStringLiteral("import-json"), json, doc, QStringLiteral("--force")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("info"), doc}).exitCode, 0);
    }

    void malformedImportNamesThePathAndCreatesNothing_data()
    {
        QTest::addColumn<QString>("pattern");   // the first match is replaced
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("stderrFragment");
        QTest::newRow("text where a number goes") << R"("designKw": [0-9.]+)" << R"("designKw": "abc")"
                                                  << QStringLiteral("$.racks[0].designKw");
        QTest::newRow("negative kW") << R"("designKw": [0-9.]+)" << R"("designKw": -2)" << QStringLiteral("design kW");
        QTest::newRow("not JSON") << R"(^\{)" << R"({{)" << QStringLiteral("JSON");
    }

    void malformedImportNamesThePathAndCreatesNothing()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, replacement);
        QFETCH(QString, stderrFragment);
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("bad.json"));
        const QString doc = dir.filePath(QStringLiteral("never.hectare"));
        QString text = QString::fromUtf8(runCli({QStringLiteral("export-json")}).out);
        const QRegularExpressionMatch match = QRegularExpression(pattern).match(text);
        QVERIFY(match.hasMatch());
        text.replace(match.capturedStart(), match.capturedLength(), replacement);
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        const CliRun run = runCli({QStringLiteral("import-json"), json, doc});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(stderrFragment), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("bad.json")), qPrintable(run.err));
        QVERIFY(!QFile::exists(doc));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("bad.json")});
    }

    void csvTables()
    {
        const CliRun racks = runCli({QStringLiteral("export-csv"), QStringLiteral("--table"), QStringLiteral("racks")});
        QCOMPARE(racks.exitCode, 0);
        QCOMPARE(racks.out.count("\r\n"), 201);   // header + 200 positions
        const CliRun tenants = runCli({QStringLiteral("export-csv"), QStringLiteral("--table"), QStringLiteral("tenants")});
        QCOMPARE(tenants.exitCode, 0);
        QCOMPARE(tenants.out.count("\r\n"), 19);   // header + 18 tenants
    }

    void generateWritesASyntheticSite()
    {
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("gen.hectare"));
        const QStringList args{QStringLiteral("generate"), QStringLiteral("--halls"), QStringLiteral("2"),
                               QStringLiteral("--racks-per-hall"), QStringLiteral("50"), QStringLiteral("--tenants"),
                               QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("3"), doc};
        QCOMPARE(runCli(args).exitCode, 0);
        const CliRun info = runCli({QStringLiteral("--json"), QStringLiteral("info"), doc});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject counts = QJsonDocument::fromJson(info.out).object()[QStringLiteral("counts")].toObject();
        QCOMPARE(counts[QStringLiteral("halls")].toInt(), 2);
        QCOMPARE(counts[QStringLiteral("racks")].toInt(), 100);
        QCOMPARE(counts[QStringLiteral("tenants")].toInt(), 20);
        QCOMPARE(runCli(args).exitCode, 2);   // exists: refused without --force
        QCOMPARE(runCli(QStringList{QStringLiteral("generate"), QStringLiteral("--halls"), QStringLiteral("0"), doc}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
