// MainWindow's menus and the file operations behind them.
#include "main_window.h"

#include "dxf/dxf_file_actions.h"

#include "app_settings.h"
#include "dialogs/preferences_dialog.h"
#include "plan/edit/plan_actions.h"
#include "plan/edit/plan_editor.h"
#include "plan/hall_plan_view.h"
#include "printing/plan_sheet_dialog.h"
#include "session/document_session.h"

#include "io/csv_export.h"
#include "io/model_json.h"
#include "io/sample_site.h"
#include "model/model_validation.h"
#include "store/sqlite_connection.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>

#include "dashboard/qcustomplot_include.h"

namespace hectare::ui {
namespace {

QString documentFilter() { return MainWindow::tr("Hectare sites (*.hectare);;All files (*)"); }

} // namespace

void MainWindow::createActions()
{
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_colourModes = new QActionGroup(this);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = file->addMenu(tr("&New"));
    newMenu->addAction(tr("From the &sample site"), this, &MainWindow::openSample);
    newMenu->addAction(tr("&Empty site"), QKeySequence::New, this, &MainWindow::newEmptySite);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseAndOpen);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    m_saveAsAction = file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::chooseAndSaveAs);
    file->addSeparator();
    file->addAction(tr("&Import JSON…"), this, &MainWindow::chooseAndImportJson);
    file->addAction(tr("Export &JSON…"), this, &MainWindow::chooseAndExportJson);
    file->addAction(tr("Export &CSV…"), this, &MainWindow::chooseAndExportCsv);
    file->addAction(tr("&Print or Export Plan…"), QKeySequence::Print, this, &MainWindow::showPlanSheetDialog);
    m_importDxfAction = file->addAction(tr("Import Hall Plan from &DXF…"), this, [this] {
        if (m_session)
            importHallPlanFromDxf(this, *m_session, m_hallId);
    });
    m_importDxfAction->setObjectName(QStringLiteral("importDxfAction"));
    m_importDxfAction->setStatusTip(tr("Replace the shown hall's outline and obstacles with those of an architect's DXF drawing"));
    m_importDxfAction->setEnabled(false);
    QAction *exportDxf = file->addAction(tr("Export Hall Plan to D&XF…"), this, [this] {
        if (m_session)
            exportHallPlanToDxf(this, *m_session, m_hallId);
    });
    exportDxf->setStatusTip(tr("Write the shown hall as a DXF drawing in millimetres, one layer per kind"));
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &MainWindow::openSample);
    file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_planView, &HallPlanView::zoomIn);
    m_viewMenu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_planView, &HallPlanView::zoomOut);
    m_viewMenu->addAction(tr("&Fit Hall"), QKeySequence(Qt::CTRL | Qt::Key_0), m_planView, &HallPlanView::fitToHall);
    m_viewMenu->addSeparator();
    const std::pair<PlanColourMode, QString> modes[] = {{PlanColourMode::State, tr("Colour by &State")},
                                                        {PlanColourMode::Tenant, tr("Colour by &Tenant")},
                                                        {PlanColourMode::Density, tr("Colour by Power &Density")}};
    int key = Qt::Key_1;
    for (const auto &[mode, text] : modes) {
        QAction *action = m_viewMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(mode == PlanColourMode::State);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(key++)));
        m_colourModes->addAction(action);
        connect(action, &QAction::triggered, m_planView, [this, mode] { m_planView->setColourMode(mode); });
    }
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    // The Plan menu and toolbar: the editor of the hall plan (ui/plan/edit). Tests reach it with
    // findChild<PlanEditor *>() and its actions by object name.
    auto *planEditor = new PlanEditor(m_planView, [this] { return m_session.get(); }, this);
    planEditor->setObjectName(QStringLiteral("planEditor"));
    auto *planActions = new PlanActions(planEditor, this);
    menuBar()->addMenu(planActions->createMenu(this));
    QToolBar *planToolBar = planActions->createToolBar(this);
    addToolBar(Qt::TopToolBarArea, planToolBar);
    m_viewMenu->addAction(planToolBar->toggleViewAction());
    connect(planEditor, &PlanEditor::editRejected, this,
            [this](const QString &message) { showError(tr("The change was not made"), message); });
    connect(planEditor, &PlanEditor::hintChanged, this, [this](const QString &hint) {
        if (!hint.isEmpty())
            statusBar()->showMessage(hint);
    });

    edit->addSeparator();
    edit->addAction(m_clearanceRulesAction);   // made with the clearance dock (main_window_layout.cpp)
    addSalesActions(edit);                     // Price Book…, and the Sales menu (main_window_sales.cpp)
    addReliabilityMenu();                      // main_window_reliability.cpp

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Hectare"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (const QString &path : files)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openDocument(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::openDocument(const QString &path)
{
    Result<std::unique_ptr<Document>> document = Document::open(path);
    if (!document) {
        showError(tr("Cannot open the file"), document.error().text());
        if (!QFileInfo::exists(path)) {
            AppSettings::removeRecentFile(QFileInfo(path).absoluteFilePath());
            updateRecentMenu();
        }
        return false;
    }
    setSession(std::make_unique<DocumentSession>(std::move(document.value()), false));
    return true;
}

void MainWindow::openSample()
{
    Result<SiteModel> sample = sampleSiteModel();
    Result<std::unique_ptr<Document>> document = sample ? Document::createInMemory(sample.value())
                                                        : Result<std::unique_ptr<Document>>(sample.error());
    if (!document) {
        showError(tr("Cannot open the sample site"), document.error().text());
        return;
    }
    setSession(std::make_unique<DocumentSession>(std::move(document.value()), true));
}

void MainWindow::newEmptySite()
{
    SiteModel empty;
    empty.site.name = tr("New site");
    Result<std::unique_ptr<Document>> document = Document::createInMemory(empty);
    if (!document) {
        showError(tr("Cannot create a site"), document.error().text());
        return;
    }
    setSession(std::make_unique<DocumentSession>(std::move(document.value()), false));
}

bool MainWindow::importJson(const QString &jsonPath, const QString &documentPath)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot import"), tr("%1: cannot be read: %2").arg(jsonPath, file.errorString()));
        return false;
    }
    Result<SiteModel> model = importModelJson(file.readAll());
    if (!model) {
        showError(tr("Cannot import"), jsonPath + QStringLiteral(", ") + model.error().text());
        return false;
    }
    Result<std::unique_ptr<Document>> document = Document::create(documentPath, model.value());
    if (!document) {
        showError(tr("Cannot import"), document.error().text());
        return false;
    }
    setSession(std::make_unique<DocumentSession>(std::move(document.value()), false));
    return true;
}

bool MainWindow::exportJson(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportModelJson(m_session->model())) < 0 || !file.commit()) {
        showError(tr("Cannot export"), tr("%1: cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
    return true;
}

bool MainWindow::exportCsv(const QString &path, const QString &table)
{
    const QByteArray csv = table == QLatin1String("tenants") ? tenantsCsv(m_session->model())
                                                             : racksCsv(m_session->model());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) < 0 || !file.commit()) {
        showError(tr("Cannot export"), tr("%1: cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
    return true;
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a site"), QString(), documentFilter());
    if (!path.isEmpty())
        openDocument(path);
}

void MainWindow::chooseAndSaveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the site as"), QString(), documentFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".hectare");
    const Status status = m_session->document().saveCopyAs(path);
    if (!status) {
        showError(tr("Cannot save"), status.error().text());
        return;
    }
    openDocument(path);   // go on working in the saved file
}

void MainWindow::chooseAndImportJson()
{
    const QString json = QFileDialog::getOpenFileName(this, tr("Import a site from JSON"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (json.isEmpty())
        return;
    QString target = QFileDialog::getSaveFileName(this, tr("Create the site file"),
                                                  QFileInfo(json).completeBaseName() + QStringLiteral(".hectare"),
                                                  documentFilter());
    if (target.isEmpty())
        return;
    if (QFileInfo::exists(target)) {
        showError(tr("Cannot import"), tr("%1 already exists: choose a new file name.").arg(target));
        return;
    }
    importJson(json, target);
}

void MainWindow::chooseAndExportJson()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the site as JSON"), QString(),
                                                      tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportJson(path);
}

void MainWindow::chooseAndExportCsv()
{
    QString selected;
    const QString racksFilter = tr("Rack table (*.csv)");
    const QString tenantsFilter = tr("Tenant table (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export a table as CSV"), QString(),
                                                      racksFilter + QStringLiteral(";;") + tenantsFilter, &selected);
    if (!path.isEmpty())
        exportCsv(path, selected == tenantsFilter ? QStringLiteral("tenants") : QStringLiteral("racks"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Hectare"),
        tr("<h3>Hectare %1</h3><p>Capacity planning for colocation data centres.</p>"
           "<p>Licence: GNU General Public License, version 3 or later.</p>"
           "<p>Qt %2 · SQLite %3 · QCustomPlot %4</p>")
            .arg(QStringLiteral(HECTARE_VERSION), QString::fromLatin1(qVersion()), SqliteConnection::libraryVersion(),
                 QStringLiteral(QCUSTOMPLOT_VERSION_STR)));
}

void MainWindow::showPlanSheetDialog()
{
    if (!m_session || m_hallId == kNoId) {
        showError(tr("Nothing to print"), tr("Select a hall in the site tree first."));
        return;
    }
    PlanSheetDialog dialog(&m_session->model(), m_hallId, m_session->asOf(), this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

} // namespace hectare::ui
