#include "dxf_import_dialog.h"

#include "model/geometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>
#include <map>

namespace hectare::ui {
namespace {

enum Column { LayerColumn, ContentsColumn, RoleColumn, ColumnCount };

// The role combo's entries: "leave out", the outline, then each obstacle kind; the item data is
// the role's key (dxfLayerRoleKeys()), empty for "leave out".
constexpr std::array<ObstacleKind, 6> kKinds{ObstacleKind::Column, ObstacleKind::Wall, ObstacleKind::Door,
                                             ObstacleKind::Crah,   ObstacleKind::Pdu,  ObstacleKind::FireCylinder};

QString contentsText(const DxfLayerInfo &layer)
{
    QStringList parts;
    for (const auto &[type, count] : layer.entities)
        parts << QStringLiteral("%1 %2").arg(QLocale().toString(count), type);
    return parts.join(QStringLiteral(", "));
}

QString metres(double value) { return QLocale().toString(value, 'f', 2); }

} // namespace

DxfImportDialog::DxfImportDialog(const QString &path, const QString &hallName, std::vector<DxfLayerInfo> layers,
                                 QWidget *parent)
    : QDialog(parent), m_path(path), m_layers(std::move(layers))
{
    setObjectName(QStringLiteral("dxfImportDialog"));
    setWindowTitle(tr("Import Hall Plan from DXF"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose what each layer of <b>%1</b> holds. The outline and the obstacles of "
                                "the kinds you choose replace those of hall <b>%2</b>; nothing is written "
                                "unless the whole plan is valid.")
                                 .arg(QFileInfo(path).fileName().toHtmlEscaped(), hallName.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(int(m_layers.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("dxfLayerTable"));
    m_table->setHorizontalHeaderLabels({tr("Layer"), tr("Contents"), tr("Import as")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ContentsColumn, QHeaderView::Stretch);
    for (int row = 0; row < int(m_layers.size()); ++row) {
        const DxfLayerInfo &layer = m_layers[std::size_t(row)];
        m_table->setItem(row, LayerColumn, new QTableWidgetItem(layer.name));
        auto *contents = new QTableWidgetItem(contentsText(layer));
        contents->setToolTip(contents->text());
        m_table->setItem(row, ContentsColumn, contents);
        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("Leave out"), QString());
        combo->addItem(tr("Hall outline"), toKey(DxfLayerRole::forOutline()));
        for (ObstacleKind kind : kKinds)
            combo->addItem(tr("Obstacles: %1").arg(displayName(kind)), toKey(DxfLayerRole::forObstacles(kind)));
        if (const auto guess = guessRole(layer.name))
            combo->setCurrentIndex(combo->findData(toKey(*guess)));
        connect(combo, &QComboBox::currentIndexChanged, this, &DxfImportDialog::refreshPreview);
        m_table->setCellWidget(row, RoleColumn, combo);
    }
    m_table->resizeColumnToContents(LayerColumn);
    m_table->resizeColumnToContents(RoleColumn);
    layout->addWidget(m_table, 2);

    auto *form = new QFormLayout;
    m_units = new QComboBox(this);
    m_units->setObjectName(QStringLiteral("dxfUnits"));
    m_units->addItem(tr("As the file says ($INSUNITS)"), 0.0);
    m_units->addItem(tr("Millimetres"), 0.001);
    m_units->addItem(tr("Metres"), 1.0);
    connect(m_units, &QComboBox::currentIndexChanged, this, &DxfImportDialog::refreshPreview);
    form->addRow(tr("Drawing units:"), m_units);
    layout->addLayout(form);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("dxfPreview"));
    m_preview->setReadOnly(true);
    layout->addWidget(m_preview, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(720, 560);
    refreshPreview();
}

std::optional<DxfLayerRole> DxfImportDialog::guessRole(const QString &layerName)
{
    const QString name = layerName.toUpper();
    // Our own export: OUTLINE and OBSTACLES-<KIND>.
    if (name == QLatin1String("OUTLINE"))
        return DxfLayerRole::forOutline();
    if (name.startsWith(QLatin1String("OBSTACLES-")))
        if (const auto role = dxfLayerRoleFromKey(name.mid(10).toLower()))
            return role;
    // Usual CAD layer names (AIA: A- architecture, M- mechanical, E- electrical, F- fire).
    const auto has = [&](std::initializer_list<const char *> words) {
        for (const char *word : words)
            if (name.contains(QLatin1String(word)))
                return true;
        return false;
    };
    if (has({"CRAH", "CRAC"}))
        return DxfLayerRole::forObstacles(ObstacleKind::Crah);
    if (has({"PDU", "RPP"}))
        return DxfLayerRole::forObstacles(ObstacleKind::Pdu);
    if (has({"FIRE", "CYL", "FM200", "INERGEN"}))
        return DxfLayerRole::forObstacles(ObstacleKind::FireCylinder);
    if (has({"DOOR"}))
        return DxfLayerRole::forObstacles(ObstacleKind::Door);
    if (has({"COL"}))
        return DxfLayerRole::forObstacles(ObstacleKind::Column);
    if (has({"PART"}))
        return DxfLayerRole::forObstacles(ObstacleKind::Wall);
    if (has({"WALL", "OUTLINE"}))
        return DxfLayerRole::forOutline();
    return std::nullopt;
}

QComboBox *DxfImportDialog::roleCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn));
}

void DxfImportDialog::setLayerRole(const QString &layer, std::optional<DxfLayerRole> role)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, LayerColumn)->text().compare(layer, Qt::CaseInsensitive) == 0)
            roleCombo(row)->setCurrentIndex(roleCombo(row)->findData(role ? toKey(*role) : QString()));
}

void DxfImportDialog::setMetresPerUnit(std::optional<double> metresPerUnit)
{
    m_units->setCurrentIndex(m_units->findData(metresPerUnit.value_or(0.0)));
}

DxfImportOptions DxfImportDialog::options() const
{
    DxfImportOptions options;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (const auto role = dxfLayerRoleFromKey(roleCombo(row)->currentData().toString()))
            options.layers.emplace(m_table->item(row, LayerColumn)->text(), *role);
    const double factor = m_units->currentData().toDouble();
    if (factor > 0)
        options.metresPerUnit = factor;
    return options;
}

void DxfImportDialog::refreshPreview()
{
    const DxfImportOptions chosen = options();
    m_result.reset();
    QString text;
    if (chosen.layers.empty()) {
        text = tr("Choose at least one layer to import.");
    } else if (auto read = readHallDxf(m_path, chosen); read) {
        m_result = std::move(*read);
        text = describeDxfImport(*m_result);
    } else {
        text = read.error().text();
    }
    m_preview->setPlainText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_result.has_value());
}

QString DxfImportDialog::previewText() const { return m_preview->toPlainText(); }

QString describeDxfImport(const DxfHallImport &import)
{
    QStringList lines;
    lines << (import.unitsFromFile
                  ? DxfImportDialog::tr("Units: %1 m per drawing unit, from the file.").arg(QLocale().toString(import.metresPerUnit))
                  : DxfImportDialog::tr("Units: %1 m per drawing unit.").arg(QLocale().toString(import.metresPerUnit)));
    if (!import.outline.empty())
        lines << DxfImportDialog::tr("Outline from layer %1: %2 corners, %3 m².")
                     .arg(import.outlineLayer, QLocale().toString(qsizetype(import.outline.size())),
                          metres(polygonAreaM2(import.outline)));
    std::map<ObstacleKind, int> counts;
    for (const Obstacle &obstacle : import.obstacles)
        ++counts[obstacle.kind];
    for (const auto &[kind, count] : counts)
        lines << DxfImportDialog::tr("%1: %2").arg(displayName(kind), QLocale().toString(count));
    if (import.wallsFromLines > 0)
        lines << DxfImportDialog::tr("%n wall(s) drawn as single lines were given a thickness of %1 m.", nullptr,
                                     import.wallsFromLines)
                     .arg(metres(kDxfWallThicknessM));
    if (import.skipped.empty()) {
        lines << DxfImportDialog::tr("Everything on the chosen layers can be read.");
    } else {
        lines << DxfImportDialog::tr("Not imported:");
        for (const DxfSkipped &skipped : import.skipped)
            lines << DxfImportDialog::tr("  layer %1: %2 × %3 (%4)")
                         .arg(skipped.layer, QLocale().toString(skipped.count), skipped.entityType, skipped.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace hectare::ui
