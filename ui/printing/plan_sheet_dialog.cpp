#include "plan_sheet_dialog.h"

#include "plan_export.h"
#include "plan_sheet.h"
#include "sheet_layout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace hectare::ui {
namespace {

constexpr int kPngDpi = 200;

} // namespace

PlanSheetDialog::PlanSheetDialog(const SiteModel *model, Id hallId, QDate asOf, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_hallId(hallId)
    , m_asOf(asOf)
{
    const Hall *hall = model ? model->hall(hallId) : nullptr;
    setWindowTitle(hall ? tr("Print or Export Plan: %1").arg(hall->name) : tr("Print or Export Plan"));
    buildForm();
    setOptions(PlanSheetOptions{});
}

void PlanSheetDialog::buildForm()
{
    auto *sheet = new QGroupBox(tr("Sheet"), this);
    auto *sheetForm = new QFormLayout(sheet);
    m_paper = new QComboBox(sheet);
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    for (const PaperSize paper : {PaperSize::A4, PaperSize::A3, PaperSize::A2, PaperSize::A1, PaperSize::A0})
        m_paper->addItem(paperName(paper), int(paper));
    m_orientation = new QComboBox(sheet);
    m_orientation->setObjectName(QStringLiteral("orientationCombo"));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_scale = new QComboBox(sheet);
    m_scale->setObjectName(QStringLiteral("scaleCombo"));
    for (const int n : {20, 50, 100, 200})
        m_scale->addItem(scaleText(n), n);
    m_scale->addItem(tr("Fit on one sheet"), 0);
    m_colour = new QComboBox(sheet);
    m_colour->setObjectName(QStringLiteral("colourCombo"));
    m_colour->addItem(tr("Colour"), false);
    m_colour->addItem(tr("Grayscale"), true);
    sheetForm->addRow(tr("&Paper:"), m_paper);
    sheetForm->addRow(tr("&Orientation:"), m_orientation);
    sheetForm->addRow(tr("&Scale:"), m_scale);
    sheetForm->addRow(tr("&Colours:"), m_colour);

    auto *layers = new QGroupBox(tr("Layers"), this);
    auto *layerGrid = new QGridLayout(layers);
    int index = 0;
    for (const QString &key : sheetLayerKeys()) {
        const SheetLayer layer = *sheetLayerFromKey(key);
        auto *box = new QCheckBox(displayName(layer), layers);
        box->setObjectName(key + QStringLiteral("Layer"));
        layerGrid->addWidget(box, index / 2, index % 2);
        m_layers.emplace_back(layer, box);
        connect(box, &QCheckBox::toggled, this, &PlanSheetDialog::updateSummary);
        ++index;
    }

    auto *title = new QGroupBox(tr("Title block"), this);
    auto *titleForm = new QFormLayout(title);
    m_company = new QLineEdit(title);
    m_title = new QLineEdit(title);
    m_date = new QDateEdit(title);
    m_date->setCalendarPopup(true);
    m_revision = new QLineEdit(title);
    m_author = new QLineEdit(title);
    m_company->setObjectName(QStringLiteral("companyEdit"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_revision->setObjectName(QStringLiteral("revisionEdit"));
    m_author->setObjectName(QStringLiteral("authorEdit"));
    titleForm->addRow(tr("Co&mpany:"), m_company);
    titleForm->addRow(tr("Drawing &title:"), m_title);
    titleForm->addRow(tr("&Date:"), m_date);
    titleForm->addRow(tr("&Revision:"), m_revision);
    titleForm->addRow(tr("Dra&wn by:"), m_author);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(previewButton, &QPushButton::clicked, this, &PlanSheetDialog::preview);
    connect(exportButton, &QPushButton::clicked, this, &PlanSheetDialog::exportToFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QComboBox *combo : {m_paper, m_orientation, m_scale, m_colour})
        connect(combo, &QComboBox::currentIndexChanged, this, &PlanSheetDialog::updateSummary);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(sheet);
    left->addWidget(layers);
    left->addStretch();
    columns->addLayout(left);
    columns->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

PlanSheetOptions PlanSheetDialog::options() const
{
    PlanSheetOptions options;
    options.paper = PaperSize(m_paper->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.scaleDenominator = m_scale->currentData().toInt();
    options.grayscale = m_colour->currentData().toBool();
    options.layers = {};
    for (const auto &[layer, box] : m_layers)
        if (box->isChecked())
            options.layers |= layer;
    options.title.company = m_company->text().trimmed();
    options.title.drawingTitle = m_title->text().trimmed();
    options.title.date = m_date->date();
    options.title.revision = m_revision->text().trimmed();
    options.title.author = m_author->text().trimmed();
    return options;
}

void PlanSheetDialog::setOptions(const PlanSheetOptions &options)
{
    const auto select = [](QComboBox *combo, const QVariant &value) {
        const int index = combo->findData(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
    };
    select(m_paper, int(options.paper));
    select(m_orientation, int(options.orientation));
    if (m_scale->findData(options.scaleDenominator) < 0)
        m_scale->insertItem(m_scale->count() - 1, scaleText(options.scaleDenominator), options.scaleDenominator);
    select(m_scale, options.fit() ? 0 : options.scaleDenominator);
    select(m_colour, options.grayscale);
    for (const auto &[layer, box] : m_layers)
        box->setChecked(options.layers.testFlag(layer));
    m_company->setText(options.title.company);
    m_title->setText(options.title.drawingTitle);
    m_title->setPlaceholderText(defaultDrawingTitle(options));
    m_date->setDate(options.title.date.isValid() ? options.title.date : m_asOf);
    m_revision->setText(options.title.revision);
    m_author->setText(options.title.author);
    updateSummary();
}

QString PlanSheetDialog::summaryText() const
{
    if (!m_model)
        return {};
    const Result<SheetLayout> layout = sheetLayoutFor(*m_model, m_hallId, options());
    if (!layout)
        return layout.error().text();
    const QString scale = scaleText(layout->scaleDenominator);
    if (!layout->hasKeySheet())
        return layout->fitted ? tr("1 sheet at %1 (the largest standard scale that fits)").arg(scale)
                              : tr("1 sheet at %1").arg(scale);
    return tr("%1 sheets at %2: a key sheet and %3 × %4 tiles that overlap by %5 mm")
        .arg(layout->sheetCount())
        .arg(scale)
        .arg(layout->columns)
        .arg(layout->rows)
        .arg(options().overlapMm);
}

void PlanSheetDialog::updateSummary()
{
    if (!m_summary)
        return;
    m_summary->setText(summaryText());
    if (m_title)
        m_title->setPlaceholderText(defaultDrawingTitle(options()));
}

void PlanSheetDialog::preview()
{
    if (!m_model)
        return;
    const PlanSheetOptions chosen = options();
    QPrinter printer(QPrinter::HighResolution);
    applyPageLayout(printer, chosen);
    printer.setDocName(windowTitle());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, chosen](QPrinter *target) {
        const Status printed = printPlan(target, *m_model, m_hallId, m_asOf, chosen);
        m_status->setText(printed ? QString() : printed.error().text());
    });
    dialog.exec();
}

void PlanSheetDialog::exportToFile()
{
    const Hall *hall = m_model ? m_model->hall(m_hallId) : nullptr;
    const QString pdf = tr("PDF (*.pdf)");
    const QString svg = tr("SVG drawing, one file per sheet (*.svg)");
    const QString png = tr("PNG image, one file per sheet (*.png)");
    const QString dxf = tr("DXF drawing for CAD, in millimetres, whole hall (*.dxf)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Plan"),
                                                hall ? hall->name + QStringLiteral(".pdf") : QString(),
                                                QStringList{pdf, svg, png, dxf}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg   ? QStringLiteral(".svg")
                : filter == png ? QStringLiteral(".png")
                : filter == dxf ? QStringLiteral(".dxf")
                                : QStringLiteral(".pdf");
    const Result<QStringList> written = exportTo(path);
    if (!written)
        QMessageBox::warning(this, tr("Export Plan"), written.error().text());
}

Result<QStringList> PlanSheetDialog::exportTo(const QString &path)
{
    if (!m_model)
        return Error{path, tr("no document is open")};
    Result<QStringList> written = exportPlanFile(path, *m_model, m_hallId, m_asOf, options(), kPngDpi);
    if (!written) {
        m_status->setText(written.error().text());
        return written;
    }
    const QStringList &files = written.value();
    m_status->setText(files.size() == 1 ? tr("Wrote %1").arg(files.first())
                                        : tr("Wrote %1 files: %2 … %3").arg(files.size()).arg(files.first(), files.last()));
    return written;
}

} // namespace hectare::ui
