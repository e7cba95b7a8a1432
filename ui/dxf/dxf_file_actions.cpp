#include "dxf_file_actions.h"

#include "dxf_import_dialog.h"

#include "commands/layout_command.h"
#include "session/document_session.h"

#include "dxf/dxf_export.h"
#include "dxf/dxf_import_change.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace hectare::ui {
namespace {

struct DxfFileActions
{
    Q_DECLARE_TR_FUNCTIONS(hectare::ui::DxfFileActions)
};

void showProblem(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

} // namespace

void importHallPlanFromDxf(QWidget *parent, DocumentSession &session, Id hallId)
{
    const Hall *hall = session.model().hall(hallId);
    if (!hall)
        return;
    const QString path = QFileDialog::getOpenFileName(parent, DxfFileActions::tr("Import Hall Plan from DXF"), QDir::homePath(),
                                                      DxfFileActions::tr("DXF drawings (*.dxf)"));
    if (path.isEmpty())
        return;
    auto layers = readDxfLayers(path);
    if (!layers) {
        showProblem(parent, DxfFileActions::tr("Cannot read the DXF file"), layers.error().text());
        return;
    }
    DxfImportDialog dialog(path, hall->name, std::move(*layers), parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return;
    LayoutChange change = dxfImportChange(session.model(), hallId, *dialog.result());
    const QString text = DxfFileActions::tr("Import DXF plan into %1")
                             .arg(hall->name);
    if (const Status status = session.execute(new LayoutCommand(&session, hallId, std::move(change), text)); !status)
        showProblem(parent, DxfFileActions::tr("The DXF plan was not imported"), status.error().text());
}

void exportHallPlanToDxf(QWidget *parent, const DocumentSession &session, Id hallId)
{
    const Hall *hall = session.model().hall(hallId);
    if (!hall)
        return;
    const QString suggested = QDir::home().filePath(hall->name + QStringLiteral(".dxf"));
    const QString path = QFileDialog::getSaveFileName(parent, DxfFileActions::tr("Export Hall Plan to DXF"), suggested,
                                                      DxfFileActions::tr("DXF drawings (*.dxf)"));
    if (path.isEmpty())
        return;
    if (const Status status = exportHallDxf(session.model(), hallId, path); !status)
        showProblem(parent, DxfFileActions::tr("The DXF file was not written"), status.error().text());
}

} // namespace hectare::ui
