// Sales → New Quote… in French (`hectare --lang fr`): labels, buttons, placement reasons, refusals
// and money come out in French (F CFA grouped with U+202F, never the locale's €), and the PDF
// language defaults to the window's. Set HECTARE_SALES_SNAPSHOTS to a folder to also save
// quote-dialog-fr.png.
#include "quoting/placement_list_model.h"
#include "quoting/quote_dialog.h"
#include "session/document_session.h"

#include "io/sample_site.h"
#include "store/document.h"

#include "language.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace hectare;
using namespace hectare::ui;

class TestQuoteDialogFrench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance(), QStringLiteral("fr"));
    }

    void theDialogSpeaksFrench()
    {
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample);
        Result<std::unique_ptr<Document>> document = Document::createInMemory(sample.value());
        QVERIFY(document);
        DocumentSession session(std::move(document.value()), true);
        QuoteDialog dialog(session);
        dialog.resize(1240, 880);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        dialog.findChild<QLineEdit *>(QStringLiteral("customerEdit"))->setText(QStringLiteral("Banque Atlantique Togo"));
        dialog.findChild<QSpinBox *>(QStringLiteral("racksSpin"))->setValue(4);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("kwPerRackSpin"))->setValue(5);
        dialog.findChild<QSpinBox *>(QStringLiteral("termSpin"))->setValue(36);
        auto *candidates = dialog.findChild<QTableView *>(QStringLiteral("candidateTable"));
        QTRY_VERIFY_WITH_TIMEOUT(candidates->model()->rowCount() > 0, 180000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QPushButton *>(QStringLiteral("refreshForecast"))->isEnabled(), 180000);
        QTest::qWait(400);   // the debounced re-placement against the forecast

        const QString pdfLanguage = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString();
        QCOMPARE(pdfLanguage, QStringLiteral("fr"));
        QStringList buttons;
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            buttons << button->text();
        QVERIFY2(buttons.contains(QStringLiteral("Émettre le &devis")), qPrintable(buttons.join(QStringLiteral(" | "))));
        QVERIFY2(buttons.contains(QStringLiteral("Émettre et &réserver")), qPrintable(buttons.join(QStringLiteral(" | "))));

        const auto *refusals = dialog.findChild<QListWidget *>(QStringLiteral("refusalList"));
        QVERIFY(refusals->count() > 0);
        const QString refusal = refusals->item(0)->text();
        QVERIFY2(refusal.contains(QStringLiteral("Government")) && refusal.contains(QStringLiteral("emplacement")),
                 qPrintable(refusal));

        QString labels;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            labels += label->text() + QLatin1Char('\n');
        // Money in F CFA with the French grouping (U+202F), never euros from the French locale.
        static const QRegularExpression francs(QStringLiteral("\\d\u202F\\d{3}\u202F\\d{3}\u00A0F CFA"));
        QVERIFY2(labels.contains(francs), qPrintable(labels));
        QVERIFY2(labels.contains(QStringLiteral("TVA")), qPrintable(labels));

        if (const QString dir = qEnvironmentVariable("HECTARE_SALES_SNAPSHOTS"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("quote-dialog-fr.png"))));
    }
};

QTEST_MAIN(TestQuoteDialogFrench)
#include "tst_quote_dialog_french.moc"
