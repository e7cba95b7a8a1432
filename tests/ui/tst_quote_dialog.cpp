// Sales → New Quote… over the sample site: the requirement typed into the widgets is placed by
// core's findPlacements (today only while the base forecast runs, then against it) and priced
// by buildQuote/quoteTotals, figure for figure; "Issue and reserve" is one undo step holding the
// first candidate's positions; a requirement no hall can take says what is short; a price book
// without an item and a hold someone else took meanwhile are reported, nothing changed.
// Set HECTARE_SALES_SNAPSHOTS to a folder to also save a PNG of the dialog.
#include "quoting/placement_list_model.h"
#include "quoting/quote_dialog.h"
#include "quoting/quote_dialog_forecast.h"
#include "commands/quote_commands.h"
#include "session/document_session.h"

#include "growth/growth_engine.h"
#include "io/sample_site.h"
#include "quoting/money_format.h"
#include "quoting/placement.h"
#include "quoting/quote_builder.h"
#include "store/document.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace hectare;
using namespace hectare::ui;

namespace {

constexpr int kForecastTimeoutMs = 180000;   // 1,000 runs of the sample in a debug build, on a busy machine

std::unique_ptr<DocumentSession> sessionOf(SiteModel model)
{
    Result<std::unique_ptr<Document>> document = Document::createInMemory(model);
    if (!document)
        return nullptr;
    return std::make_unique<DocumentSession>(std::move(document.value()), true);
}

std::unique_ptr<DocumentSession> sampleSession()
{
    Result<SiteModel> sample = sampleSiteModel();
    return sample ? sessionOf(sample.value()) : nullptr;
}

template<typename T>
T *child(const QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// What the test types: racks × kW for `term` months, everything else left at its default.
QuoteRequirement requirementOf(const DocumentSession &session, int racks, double kw, int term)
{
    QuoteRequirement r;
    r.racks = racks;
    r.kwPerRack = kw;
    r.termMonths = term;
    const QDate today = session.asOf();
    r.start = QDate(today.year(), today.month(), 1).addMonths(1);   // the form's default
    return r;
}

void type(QuoteDialog &dialog, const QString &customer, int racks, double kw, int term)
{
    child<QLineEdit>(dialog, "customerEdit")->setText(customer);
    child<QSpinBox>(dialog, "racksSpin")->setValue(racks);
    child<QDoubleSpinBox>(dialog, "kwPerRackSpin")->setValue(kw);
    child<QSpinBox>(dialog, "termSpin")->setValue(term);
}

const PlacementListModel *candidatesOf(const QuoteDialog &dialog)
{
    return qobject_cast<const PlacementListModel *>(child<QTableView>(dialog, "candidateTable")->model());
}

std::vector<Id> firstCandidate(const QuoteDialog &dialog)
{
    const PlacementCandidate *c = candidatesOf(dialog)->candidate(0);
    return c ? c->rackIds : std::vector<Id>{};
}

QStringList refusalTexts(const QuoteDialog &dialog)
{
    QStringList texts;
    const auto *list = child<QListWidget>(dialog, "refusalList");
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

// The forecast has finished and the last edit is placed against it: nothing is left to update.
bool placedAgainstForecast(const QuoteDialog &dialog)
{
    return child<QPushButton>(dialog, "refreshForecast")->isEnabled()
           && child<QLabel>(dialog, "placementBasis")->text().contains(QLatin1String("against the forecast"))
           && !dialog.findChild<QTimer *>(QStringLiteral("placementDebounce"))->isActive();
}

} // namespace

class TestQuoteDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placesAndPricesAsCoreAndIssuesAndReservesAsOneUndoStep()
    {
        auto session = sampleSession();
        QVERIFY(session);
        const SiteModel &model = session->model();
        QuoteDialog dialog(*session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // The forecast runs in the background: placement meanwhile says it looks at today only.
        QVERIFY(!child<QPushButton>(dialog, "refreshForecast")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "placementBasis")->text().contains(QLatin1String("forecast running")));
        QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentData().toString(), QStringLiteral("en"));

        // What a plan would highlight: the selected candidate's hall and positions.
        Id highlightedHall = kNoId;
        std::vector<Id> highlighted;
        connect(&dialog, &QuoteDialog::placementHighlighted, this, [&](Id hallId, const std::vector<Id> &rackIds) {
            highlightedHall = hallId;
            highlighted = rackIds;
        });
        type(dialog, QStringLiteral("Acme Telecom"), 4, 5.0, 36);
        const QuoteRequirement requirement = requirementOf(*session, 4, 5.0, 36);
        QTRY_VERIFY_WITH_TIMEOUT(placedAgainstForecast(dialog), kForecastTimeoutMs);
        QVERIFY2(child<QLabel>(dialog, "forecastStatus")->text().contains(QLatin1String("ready")),
                 qPrintable(child<QLabel>(dialog, "forecastStatus")->text()));

        // The same forecast and placement, run directly.
        const Scenario *base = baseScenario(model);
        QVERIFY(base);
        GrowthOptions growthOptions;
        growthOptions.runs = QuoteForecast::kRuns;
        growthOptions.seed = QuoteForecast::kSeed;
        const Result<GrowthResult> forecast = runGrowth(model, *base, growthOptions);
        QVERIFY(forecast);
        PlacementOptions options;
        options.asOf = session->asOf();
        options.forecast = &forecast.value();
        const PlacementResult expected = findPlacements(model, requirement, options);
        QVERIFY(expected.placed());
        QVERIFY(firstCandidate(dialog) == expected.candidates.front().rackIds);
        QCOMPARE(candidatesOf(dialog)->rowCount(), int(expected.candidates.size()));
        QCOMPARE(highlightedHall, expected.candidates.front().hallId);
        QVERIFY(highlighted == expected.candidates.front().rackIds);
        QVERIFY(child<QLabel>(dialog, "placementBasis")->text().contains(base->name));
        QVERIFY(child<QLabel>(dialog, "candidateReasons")->text().contains(expected.candidates.front().reasons.front()));

        // The price, figure for figure.
        const Result<Quote> quote = buildQuote(model, QStringLiteral("Acme Telecom"), requirement,
                                               &expected.candidates.front(), session->asOf(), QStringLiteral("en"));
        QVERIFY(quote);
        const Result<QuoteTotals> totals = quoteTotals(quote.value());
        QVERIFY(totals);
        QCOMPARE(child<QLabel>(dialog, "totalIncVat")->text(), formatXof(totals->totalIncVat));
        QCOMPARE(child<QLabel>(dialog, "totalExVat")->text(), formatXof(totals->totalExVat));
        QCOMPARE(child<QTableView>(dialog, "priceLines")->model()->rowCount(), int(quote->lines.size()));
        QVERIFY(child<QLabel>(dialog, "termDiscount")->text().contains(formatXof(-totals->termDiscount)));

        if (const QString dir = qEnvironmentVariable("HECTARE_SALES_SNAPSHOTS"); !dir.isEmpty()) {
            dialog.resize(1240, 880);   // its size on a desktop screen (the offscreen one is smaller)
            QCoreApplication::processEvents();
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("quote-dialog.png"))));
        }

        // Issue and reserve: one undo step, one Reserved quote holding the first candidate's racks.
        auto *reserve = child<QPushButton>(dialog, "issueAndReserve");
        QVERIFY2(reserve->isEnabled(), qPrintable(reserve->toolTip()));
        reserve->click();
        QCOMPARE(model.quotes.size(), std::size_t(1));
        const Quote &issued = model.quotes.front();
        QCOMPARE(issued.status, QuoteStatus::Reserved);
        QCOMPARE(issued.customer, QStringLiteral("Acme Telecom"));
        QVERIFY(issued.rackIds == expected.candidates.front().rackIds);
        QCOMPARE(issued.hallId, expected.candidates.front().hallId);
        QCOMPARE(issued.requirement, requirement);
        QVERIFY(holdsCapacity(issued, session->asOf()));
        QCOMPARE(session->undoStack()->count(), 1);
        QVERIFY(child<QPushButton>(dialog, "saveQuotePdf")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "issueStatus")->text().contains(issued.number));
        // A second click would duplicate it.
        QVERIFY(!reserve->isEnabled());

        // The held positions are taken now: placed again, no candidate offers them (in the sample,
        // the site's generators may then refuse a second such customer altogether).
        const std::vector<Id> held = issued.rackIds;
        QTRY_VERIFY(firstCandidate(dialog) != held);
        for (const PlacementCandidate &c : candidatesOf(dialog)->candidates()) {
            for (Id id : c.rackIds)
                QVERIFY(std::find(held.begin(), held.end(), id) == held.end());
        }

        session->undoStack()->undo();
        QVERIFY(model.quotes.empty());
        QVERIFY(!child<QPushButton>(dialog, "saveQuotePdf")->isEnabled());
        QTRY_VERIFY(reserve->isEnabled());
    }

    void aRequirementNoHallCanTakeSaysWhatIsShort()
    {
        auto session = sampleSession();
        QVERIFY(session);
        QuoteDialog dialog(*session);
        dialog.show();
        type(dialog, QStringLiteral("Big Cloud"), 500, 5.0, 36);
        QTRY_VERIFY_WITH_TIMEOUT(placedAgainstForecast(dialog), kForecastTimeoutMs);

        const Scenario *base = baseScenario(session->model());
        QVERIFY(base);
        GrowthOptions growthOptions;
        growthOptions.runs = QuoteForecast::kRuns;
        growthOptions.seed = QuoteForecast::kSeed;
        const Result<GrowthResult> forecast = runGrowth(session->model(), *base, growthOptions);
        QVERIFY(forecast);
        PlacementOptions options;
        options.asOf = session->asOf();
        options.forecast = &forecast.value();
        const PlacementResult expected = findPlacements(session->model(), requirementOf(*session, 500, 5.0, 36), options);
        QVERIFY(!expected.placed());
        QVERIFY(!expected.refusals.empty());
        QStringList reasons;
        for (const HallRefusal &refusal : expected.refusals)
            reasons << refusal.reason;
        QCOMPARE(refusalTexts(dialog), reasons);
        QCOMPARE(candidatesOf(dialog)->rowCount(), 0);

        const auto *message = child<QLabel>(dialog, "placementMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("No hall can take 500 rack")), qPrintable(message->text()));
        // The sample's halls have far fewer than 500 suitable positions: space is short everywhere.
        QVERIFY2(message->text().contains(QLatin1String("Space: short in every hall")), qPrintable(message->text()));
        auto *issue = child<QPushButton>(dialog, "issueQuote");
        QVERIFY(!issue->isEnabled());
        QVERIFY(issue->toolTip().contains(QLatin1String("No hall can take")));
    }

    void aCancelledForecastLeavesTodayOnly()
    {
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample);
        QuoteForecast forecast;
        QSignalSpy changed(&forecast, &QuoteForecast::resultChanged);
        forecast.start(sample.value());
        QVERIFY(forecast.isRunning());
        QVERIFY(forecast.basisText().contains(QLatin1String("forecast running")));
        forecast.cancel();   // before its first progress report: 1,000 runs take longer than this line
        QTRY_VERIFY(!forecast.isRunning());
        QVERIFY(!forecast.result());
        QVERIFY2(forecast.basisText().startsWith(QLatin1String("Today only: the forecast was cancelled")),
                 qPrintable(forecast.basisText()));
        QVERIFY(forecast.refreshButton()->isEnabled());
        QVERIFY(changed.count() >= 2);   // running, then cancelled

        // Refresh runs it again, to the end.
        forecast.start(sample.value());
        QTRY_VERIFY_WITH_TIMEOUT(forecast.result() != nullptr, kForecastTimeoutMs);
        QCOMPARE(forecast.result()->scenarioName, baseScenario(sample.value())->name);
        QCOMPARE(forecast.result()->runs, QuoteForecast::kRuns);
    }

    void aPriceBookWithoutAnItemShowsCoresMessage()
    {
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample);
        SiteModel model = sample.value();
        std::erase_if(model.priceBook.items, [](const PriceItem &item) { return item.key == QLatin1String("xc-copper"); });
        auto session = sessionOf(model);
        QVERIFY(session);
        QuoteDialog dialog(*session);
        dialog.show();
        type(dialog, QStringLiteral("Acme Telecom"), 2, 4.0, 12);
        child<QSpinBox>(dialog, "copperSpin")->setValue(1);

        QuoteRequirement requirement = requirementOf(*session, 2, 4.0, 12);
        requirement.copperCrossConnects = 1;
        const Result<Quote> quote = buildQuote(session->model(), QStringLiteral("Acme Telecom"), requirement, nullptr,
                                               session->asOf(), QStringLiteral("en"));
        QVERIFY(!quote);
        QVERIFY(quote.error().message.contains(QLatin1String("xc-copper")));
        const auto *error = child<QLabel>(dialog, "priceError");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), quote.error().text());
        QVERIFY(!child<QPushButton>(dialog, "issueQuote")->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "totalIncVat")->isVisible());
    }

    void aHoldTakenMeanwhileIsRefusedAndNothingChanges()
    {
        auto session = sampleSession();
        QVERIFY(session);
        QuoteDialog dialog(*session);
        dialog.show();
        type(dialog, QStringLiteral("Acme Telecom"), 4, 5.0, 36);
        const QuoteRequirement requirement = requirementOf(*session, 4, 5.0, 36);
        QTRY_VERIFY_WITH_TIMEOUT(placedAgainstForecast(dialog), kForecastTimeoutMs);
        QVERIFY(!firstCandidate(dialog).empty() && child<QPushButton>(dialog, "issueAndReserve")->isEnabled());
        const PlacementCandidate offered = *candidatesOf(dialog)->candidate(0);

        // Another salesperson reserves the same positions; this dialog has not heard of it yet.
        Result<Quote> rival = buildQuote(session->model(), QStringLiteral("Rival SA"), requirement,
                                         &offered, session->asOf(), QStringLiteral("fr"));
        QVERIFY(rival);
        rival->status = QuoteStatus::Reserved;
        {
            const QSignalBlocker unheard(session.get());
            QVERIFY(session->execute(QuoteCommands::issue(session.get(), rival.value()).release()));
        }

        child<QPushButton>(dialog, "issueAndReserve")->click();
        QMessageBox *refusal = nullptr;
        QTRY_VERIFY((refusal = dialog.findChild<QMessageBox *>(QStringLiteral("quoteRefusal"))) != nullptr);
        QVERIFY2(refusal->text().contains(rival->number), qPrintable(refusal->text()));
        QCOMPARE(session->model().quotes.size(), std::size_t(1));
        QCOMPARE(session->model().quotes.front().customer, QStringLiteral("Rival SA"));
        QCOMPARE(session->undoStack()->count(), 1);
        QVERIFY(!child<QPushButton>(dialog, "saveQuotePdf")->isEnabled());
        refusal->close();
    }
};

QTEST_MAIN(TestQuoteDialog)
#include "tst_quote_dialog.moc"
