// The Quotes dock over the sample site: a reserved quote issued through QuoteCommand shows with
// its positions, total and days left, highlighted as a live hold; Cancel releases it as one undo
// step and undo holds it again; a quote whose validity has passed shows as expired before the
// file records it. The window wires the dock, Edit → Price Book… and the plan selection.
// Set HECTARE_SALES_SNAPSHOTS to a folder to also save a PNG of the dock.
#include "commands/quote_commands.h"
#include "plan/hall_plan_view.h"
#include "quoting/quote_filter_proxy.h"
#include "quoting/quote_table_model.h"
#include "quoting/reservations_panel.h"
#include "session/document_session.h"
#include "window/main_window.h"

#include "io/sample_site.h"
#include "quoting/money_format.h"
#include "quoting/placement.h"
#include "quoting/quote_builder.h"
#include "store/document.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace hectare;
using namespace hectare::ui;

namespace {

std::unique_ptr<DocumentSession> sampleSession()
{
    Result<SiteModel> sample = sampleSiteModel();
    if (!sample)
        return nullptr;
    Result<std::unique_ptr<Document>> document = Document::createInMemory(sample.value());
    if (!document)
        return nullptr;
    return std::make_unique<DocumentSession>(std::move(document.value()), true);
}

// Four racks of 4 kW for three years, placed where core's placement search puts them best.
Result<Quote> placedQuote(const SiteModel &model, QDate today, const QString &customer)
{
    QuoteRequirement requirement;
    requirement.racks = 4;
    requirement.kwPerRack = 4;
    requirement.start = today;
    requirement.termMonths = 36;
    PlacementOptions options;
    options.asOf = today;
    const PlacementResult placements = findPlacements(model, requirement, options);
    if (!placements.placed())
        return Error{customer, QStringLiteral("no placement for 4 × 4 kW in the sample")};
    return buildQuote(model, customer, requirement, &placements.candidates.front(), today, QStringLiteral("fr"));
}

QString cell(const QuoteTableModel *model, int row, int column) { return model->index(row, column).data().toString(); }

} // namespace

class TestReservationsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aReservedQuoteShowsAsALiveHoldAndCancelIsOneUndoStep()
    {
        auto session = sampleSession();
        QVERIFY(session);
        ReservationsPanel panel;
        panel.setSession(session.get());
        panel.resize(1200, 320);
        panel.show();
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("quotesEmpty"))->isVisible());

        const QDate today = session->asOf();
        Result<Quote> built = placedQuote(session->model(), today, QStringLiteral("Société Togolaise de Données"));
        QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().text()));
        Quote quote = built.value();
        quote.status = QuoteStatus::Reserved;
        const Status issued = QuoteCommands::execute(session.get(), QuoteCommands::issue(session.get(), quote));
        QVERIFY2(issued.ok(), issued.ok() ? "" : qPrintable(issued.error().text()));
        QCOMPARE(session->undoStack()->count(), 1);

        const QuoteTableModel *model = panel.model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(cell(model, 0, QuoteTableModel::NumberColumn), quote.number);
        QCOMPARE(cell(model, 0, QuoteTableModel::CustomerColumn), quote.customer);
        QCOMPARE(cell(model, 0, QuoteTableModel::HallColumn), session->model().hall(quote.hallId)->name);
        // Four adjacent positions read as one run, "C05–C08".
        const Rack *first = session->model().rack(quote.rackIds.front());
        const QString positions = cell(model, 0, QuoteTableModel::PositionsColumn);
        QVERIFY2(positions.contains(QChar(0x2013)) && positions.contains(first->name), qPrintable(positions));
        QCOMPARE(model->index(0, 0).data(QuoteTableModel::kLiveRole).toBool(), true);
        QCOMPARE(cell(model, 0, QuoteTableModel::StatusColumn), displayName(QuoteStatus::Reserved));
        QCOMPARE(cell(model, 0, QuoteTableModel::TotalColumn), formatXof(quoteTotals(quote).value().totalIncVat));
        // A 30-day book: issued today, valid through today + 29.
        QCOMPARE(cell(model, 0, QuoteTableModel::DaysLeftColumn), QLocale().toString(29));
        QVERIFY(model->index(0, QuoteTableModel::CustomerColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(panel.liveHoldCount(), 1);

        // The live-holds filter keeps it.
        panel.liveOnlyBox()->setChecked(true);
        QCOMPARE(panel.table()->model()->rowCount(), 1);

        QVERIFY(panel.selectQuote(quote.id));
        QCOMPARE(panel.currentQuoteId(), quote.id);
        QVERIFY(!panel.reserveButton()->isEnabled());   // it is reserved already
        QVERIFY(panel.convertButton()->isEnabled());
        QVERIFY(panel.cancelButton()->isEnabled());
        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QVERIFY2(panel.statusText().isEmpty(), qPrintable(panel.statusText()));
        QCOMPARE(session->model().quote(quote.id)->status, QuoteStatus::Cancelled);
        QCOMPARE(session->undoStack()->count(), 2);
        QCOMPARE(cell(model, 0, QuoteTableModel::StatusColumn), displayName(QuoteStatus::Cancelled));
        QCOMPARE(model->index(0, 0).data(QuoteTableModel::kLiveRole).toBool(), false);
        QVERIFY(cell(model, 0, QuoteTableModel::DaysLeftColumn).isEmpty());
        QCOMPARE(panel.table()->model()->rowCount(), 0);   // no longer a live hold
        QCOMPARE(panel.liveHoldCount(), 0);

        session->undoStack()->undo();
        QCOMPARE(session->model().quote(quote.id)->status, QuoteStatus::Reserved);
        QCOMPARE(cell(model, 0, QuoteTableModel::StatusColumn), displayName(QuoteStatus::Reserved));
        QCOMPARE(model->index(0, 0).data(QuoteTableModel::kLiveRole).toBool(), true);
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        QCOMPARE(panel.liveHoldCount(), 1);
    }

    void anotherQuoteForHeldPositionsIsRefusedWithCoresMessage()
    {
        auto session = sampleSession();
        QVERIFY(session);
        ReservationsPanel panel;
        panel.setSession(session.get());
        const QDate today = session->asOf();
        Result<Quote> first = placedQuote(session->model(), today, QStringLiteral("First customer"));
        QVERIFY(first.ok());
        first.value().status = QuoteStatus::Reserved;
        QVERIFY(QuoteCommands::execute(session.get(), QuoteCommands::issue(session.get(), first.value())).ok());

        // The same positions, issued (holding nothing) and then reserved from the dock.
        Quote second = first.value();
        second.id = nextQuoteId(session->model());
        second.number = nextQuoteNumber(session->model(), today.year());
        second.customer = QStringLiteral("Second customer");
        second.status = QuoteStatus::Issued;
        QVERIFY(QuoteCommands::execute(session.get(), QuoteCommands::issue(session.get(), second)).ok());
        QVERIFY(panel.selectQuote(second.id));
        QVERIFY(panel.reserveButton()->isEnabled());
        const int steps = session->undoStack()->count();
        const SiteModel before = session->model();
        QTest::mouseClick(panel.reserveButton(), Qt::LeftButton);
        QVERIFY(!panel.statusText().isEmpty());
        QVERIFY2(panel.statusText().contains(first.value().number), qPrintable(panel.statusText()));
        QCOMPARE(session->undoStack()->count(), steps);
        QVERIFY(session->model() == before);
    }

    void aLapsedQuoteShowsAsExpiredBeforeTheFileRecordsIt()
    {
        auto session = sampleSession();
        QVERIFY(session);
        ReservationsPanel panel;
        panel.setSession(session.get());
        const QDate today = session->asOf();
        Result<Quote> built = placedQuote(session->model(), today.addDays(-40), QStringLiteral("Late customer"));
        QVERIFY(built.ok());
        Quote old = built.value();
        QVERIFY(old.validUntil < today);
        QCOMPARE(old.status, QuoteStatus::Issued);
        QVERIFY(QuoteCommands::execute(session.get(), QuoteCommands::issue(session.get(), old)).ok());
        QCOMPARE(session->model().quote(old.id)->status, QuoteStatus::Issued);   // as the file has it

        const QuoteTableModel *model = panel.model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(cell(model, 0, QuoteTableModel::StatusColumn), displayName(QuoteStatus::Expired));
        QCOMPARE(model->index(0, 0).data(QuoteTableModel::kStatusRole).toInt(), int(QuoteStatus::Expired));
        QCOMPARE(model->index(0, 0).data(QuoteTableModel::kLiveRole).toBool(), false);
        QVERIFY(cell(model, 0, QuoteTableModel::DaysLeftColumn).isEmpty());
        QVERIFY(panel.selectQuote(old.id));
        QVERIFY(!panel.reserveButton()->isEnabled());
        QVERIFY(!panel.convertButton()->isEnabled());
        QVERIFY(!panel.cancelButton()->isEnabled());
        QVERIFY(panel.savePdfButton()->isEnabled());
    }

    void savePdfWritesTheSelectedQuote()
    {
        auto session = sampleSession();
        QVERIFY(session);
        ReservationsPanel panel;
        panel.setSession(session.get());
        QVERIFY(!panel.savePdfButton()->isEnabled());   // nothing selected
        Result<Quote> built = placedQuote(session->model(), session->asOf(), QStringLiteral("PDF customer"));
        QVERIFY(built.ok());
        QVERIFY(QuoteCommands::execute(session.get(), QuoteCommands::issue(session.get(), built.value())).ok());
        QVERIFY(panel.selectQuote(built.value().id));
        QVERIFY(panel.savePdfButton()->isEnabled());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(built.value().number + QStringLiteral(".pdf"));
        QSignalSpy saved(&panel, &ReservationsPanel::pdfSaved);
        const Status status = panel.savePdf(path);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().text()));
        QCOMPARE(saved.count(), 1);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(session->undoStack()->count(), 1);   // writing a PDF is not an edit

        // The same button writes the lines and totals as CSV when the name says so.
        const QString csvPath = dir.filePath(built.value().number + QStringLiteral(".csv"));
        QVERIFY(panel.savePdf(csvPath).ok());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY2(text.contains(built.value().number.toUtf8()) && text.contains("PDF customer"), text.constData());
        QVERIFY(!text.startsWith("%PDF-"));
    }

    void theWindowHasTheDockThePriceBookAndShowsAQuotesPositions()
    {
        MainWindow window;
        window.openSample();
        DocumentSession *session = window.session();
        QVERIFY(session);
        QVERIFY(window.priceBookAction()->isEnabled());
        QVERIFY(window.quotesDock());
        QCOMPARE(window.quotesDock()->widget(), window.reservationsPanel());
        bool inEdit = false;
        bool inView = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            inEdit |= menu->menu()->actions().contains(window.priceBookAction());
            inView |= menu->menu()->actions().contains(window.quotesDock()->toggleViewAction());
        }
        QVERIFY(inEdit);
        QVERIFY(inView);

        Result<Quote> built = placedQuote(session->model(), session->asOf(), QStringLiteral("Shown customer"));
        QVERIFY(built.ok());
        Quote quote = built.value();
        quote.status = QuoteStatus::Reserved;
        QVERIFY(QuoteCommands::execute(session, QuoteCommands::issue(session, quote)).ok());
        QCOMPARE(window.quotesDock()->windowTitle(), QStringLiteral("Quotes (1 held)"));

        QVERIFY(window.reservationsPanel()->selectQuote(quote.id));
        QCOMPARE(window.currentHallId(), quote.hallId);
        std::vector<Id> selected;
        for (const LayoutObjectRef &ref : window.planView()->selectedRefs())
            if (ref.kind == LayoutObjectRef::Kind::Rack)
                selected.push_back(ref.id);
        std::sort(selected.begin(), selected.end());
        std::vector<Id> expected = quote.rackIds;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(selected, expected);
    }

    void snapshot()
    {
        const QString folder = qEnvironmentVariable("HECTARE_SALES_SNAPSHOTS");
        if (folder.isEmpty())
            QSKIP("set HECTARE_SALES_SNAPSHOTS to a folder to save the dock's PNG");
        auto session = sampleSession();
        QVERIFY(session);
        ReservationsPanel panel;
        panel.setSession(session.get());
        panel.resize(1200, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(folder + QStringLiteral("/quotes_dock_empty.png")));

        const QDate today = session->asOf();
        const QStringList customers{QStringLiteral("Société Togolaise de Données"), QStringLiteral("Banque du Golfe"),
                                    QStringLiteral("Ancien Client SA")};
        for (int i = 0; i < customers.size(); ++i) {
            const QDate issued = i == 2 ? today.addDays(-45) : today.addDays(-3 * i);
            Result<Quote> built = placedQuote(session->model(), issued, customers[i]);
            QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().text()));
            Quote quote = built.value();
            quote.status = i == 0 ? QuoteStatus::Reserved : QuoteStatus::Issued;
            QVERIFY(QuoteCommands::execute(session.get(), QuoteCommands::issue(session.get(), quote)).ok());
        }
        panel.selectQuote(session->model().quotes[1].id);
        QVERIFY(panel.grab().save(folder + QStringLiteral("/quotes_dock.png")));

        // In the window: the dock raised, a quote picked, its positions selected on the plan.
        MainWindow window;
        window.openSample();
        Result<Quote> shown = placedQuote(window.session()->model(), today, customers[0]);
        QVERIFY(shown.ok());
        shown.value().status = QuoteStatus::Reserved;
        QVERIFY(QuoteCommands::execute(window.session(), QuoteCommands::issue(window.session(), shown.value())).ok());
        window.show();
        window.quotesDock()->raise();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.reservationsPanel()->selectQuote(shown.value().id);
        QVERIFY(window.grab().save(folder + QStringLiteral("/quotes_window.png")));
    }
};

QTEST_MAIN(TestReservationsPanel)
#include "tst_reservations_panel.moc"
