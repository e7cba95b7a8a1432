// Tests `hectare-cli floorplan` as a user runs it: the paper size and page count that poppler
// reads from the PDF, SVG and PNG outputs, French, and exit codes 1 and 2.
#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using hectare::test::CliRun;

// As from a terminal without a display: the command must find its own way to fonts.
QProcessEnvironment terminalEnvironment()
{
    QProcessEnvironment env = hectare::test::cliEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

CliRun run(const QString &program, const QStringList &args)
{
    return hectare::test::runProgram(program, args, terminalEnvironment());
}

CliRun cli(const QStringList &args) { return run(QStringLiteral(HECTARE_CLI), args); }

// Width and height from a PNG's IHDR chunk (bytes 16 to 24, big-endian), without QtGui.
QSize pngSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG"))
        return {};
    const auto be32 = [&](int at) {
        return int((uchar(head[at]) << 24) | (uchar(head[at + 1]) << 16) | (uchar(head[at + 2]) << 8) | uchar(head[at + 3]));
    };
    return {be32(16), be32(20)};
}

} // namespace

class TestCliFloorplan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pdfIsA3Landscape()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
        const CliRun result = cli({QStringLiteral("floorplan"), QStringLiteral("--hall"), QStringLiteral("Colocation"),
                                   QStringLiteral("--paper"), QStringLiteral("A3"), QStringLiteral("--scale"),
                                   QStringLiteral("50"), QStringLiteral("-o"), pdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::exists(pdf));
        QVERIFY2(result.outText().contains(QLatin1String("5 sheet")), qPrintable(result.outText()));

        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        const CliRun info = run(pdfinfo, {pdf});
        QCOMPARE(info.exitCode, 0);
        // "Page size:       1191 x 842 pts (A3)": 420 × 297 mm, landscape.
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts \\(A3\\)")).match(info.outText());
        QVERIFY2(size.hasMatch(), qPrintable(info.outText()));
        const double widthMm = size.captured(1).toDouble() * 25.4 / 72;
        const double heightMm = size.captured(2).toDouble() * 25.4 / 72;
        QVERIFY2(std::abs(widthMm - 420) < 0.5 && std::abs(heightMm - 297) < 0.5,
                 qPrintable(QStringLiteral("%1 × %2 mm").arg(widthMm).arg(heightMm)));
        // A key sheet and 2 × 2 tiles.
        QVERIFY2(info.outText().contains(QRegularExpression(QStringLiteral("Pages:\\s+5\\n"))), qPrintable(info.outText()));
    }

    void svgAndPngPerSheet()
    {
        QTemporaryDir dir;
        const CliRun svg = cli({QStringLiteral("--json"), QStringLiteral("floorplan"), QStringLiteral("--hall"),
                                QStringLiteral("Government"), QStringLiteral("--paper"), QStringLiteral("A4"),
                                QStringLiteral("--orientation"), QStringLiteral("portrait"), QStringLiteral("--scale"),
                                QStringLiteral("1:50"), QStringLiteral("-o"), dir.filePath(QStringLiteral("g.svg"))});
        QVERIFY2(svg.exitCode == 0, qPrintable(svg.err));
        const QJsonObject report = QJsonDocument::fromJson(svg.out).object();
        QCOMPARE(report.value(QStringLiteral("scale")).toInt(), 50);
        const int sheets = report.value(QStringLiteral("sheets")).toInt();
        QVERIFY(sheets > 1);   // 10 m at 1:50 = 200 mm: wider than A4 portrait's 178 mm plan area
        QCOMPARE(report.value(QStringLiteral("files")).toArray().size(), sheets);
        for (int i = 1; i <= sheets; ++i)
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("g-%1.svg").arg(i))));

        const QString png = dir.filePath(QStringLiteral("g.png"));
        const CliRun image = cli({QStringLiteral("floorplan"), QStringLiteral("--hall"), QStringLiteral("Government"),
                                  QStringLiteral("--scale"), QStringLiteral("fit"), QStringLiteral("--dpi"),
                                  QStringLiteral("50"), QStringLiteral("--layers"), QStringLiteral("all"),
                                  QStringLiteral("-o"), png});
        QVERIFY2(image.exitCode == 0, qPrintable(image.err));
        QCOMPARE(pngSize(png), QSize(827, 585));   // A3 landscape at 50 dpi: 420 and 297 mm × 50 / 25.4
    }

    void french()
    {
        QTemporaryDir dir;
        const CliRun ok = cli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("floorplan"),
                               QStringLiteral("--hall"), QStringLiteral("Colocation"), QStringLiteral("--paper"),
                               QStringLiteral("A1"), QStringLiteral("--scale"), QStringLiteral("100"), QStringLiteral("-o"),
                               dir.filePath(QStringLiteral("fr.pdf"))});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        const CliRun unknown = cli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("floorplan"),
                                    QStringLiteral("--hall"), QStringLiteral("Nope"), QStringLiteral("-o"),
                                    dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("Salle « Nope »")), qPrintable(unknown.err));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrFragment");
        const QString out = QDir::temp().filePath(QStringLiteral("hectare-floorplan-test.pdf"));
        QTest::newRow("unknown hall") << QStringList{QStringLiteral("floorplan"), QStringLiteral("--hall"),
                                                     QStringLiteral("Nope"), QStringLiteral("-o"), out}
                                      << 2 << QStringLiteral("Hall \"Nope\"");
        QTest::newRow("dxf unwritable") << QStringList{QStringLiteral("floorplan"), QStringLiteral("--hall"),
                                                       QStringLiteral("Colocation"), QStringLiteral("-o"),
                                                       QStringLiteral("/nonexistent/dir/plan.dxf")}
                                        << 2 << QStringLiteral("/nonexistent/dir/plan.dxf: cannot be written");
        QTest::newRow("unwritable") << QStringList{QStringLiteral("floorplan"), QStringLiteral("--hall"),
                                                   QStringLiteral("Colocation"), QStringLiteral("-o"),
                                                   QStringLiteral("/nonexistent/dir/plan.pdf")}
                                    << 2 << QStringLiteral("/nonexistent/dir/plan.pdf: cannot be written");
        QTest::newRow("too many sheets") << QStringList{QStringLiteral("floorplan"), QStringLiteral("--hall"),
                                                        QStringLiteral("Colocation"), QStringLiteral("--paper"),
                                                        QStringLiteral("A4"), QStringLiteral("--scale"),
                                                        QStringLiteral("2"), QStringLiteral("-o"), out}
                                         << 2 << QStringLiteral("sheets");
        QTest::newRow("no output") << QStringList{QStringLiteral("floorplan"), QStringLiteral("--hall"),
                                                  QStringLiteral("Colocation")}
                                   << 1 << QStringLiteral("-o");
        QTest::newRow("bad paper") << QStringList{QStringLiteral("floorplan"), QStringLiteral("--paper"),
                                                  QStringLiteral("B5"), QStringLiteral("-o"), out}
                                   << 1 << QStringLiteral("--paper");
        QTest::newRow("bad scale") << QStringList{QStringLiteral("floorplan"), QStringLiteral("--scale"),
                                                  QStringLiteral("big"), QStringLiteral("-o"), out}
                                   << 1 << QStringLiteral("--scale");
        QTest::newRow("bad layer") << QStringList{QStringLiteral("floorplan"), QStringLiteral("--layers"),
                                                  QStringLiteral("grid,walls"), QStringLiteral("-o"), out}
                                   << 1 << QStringLiteral("walls");
        QTest::newRow("bad format") << QStringList{QStringLiteral("floorplan"), QStringLiteral("-o"),
                                                   QStringLiteral("plan.jpg")}
                                    << 1 << QStringLiteral("-o");
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrFragment);
        const CliRun result = cli(args);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(stderrFragment), qPrintable(result.err));
    }
};

QTEST_MAIN(TestCliFloorplan)
#include "tst_cli_floorplan.moc"
