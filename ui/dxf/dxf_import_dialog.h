#pragma once

#include "dxf/dxf_import.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace hectare::ui {

// Choosing what to take from an architect's DXF: for each layer of the file, whether it holds the
// hall's outline, obstacles of one kind, or nothing we want; and the drawing's units. Every change
// reads the file again and previews what an import would bring and what it would skip, so the
// user sees the result before anything is written. Accepting does not write either: the caller
// turns result() into one undoable layout change that core validates as a whole.
class DxfImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `layers`: readDxfLayers(path), read by the caller so that an unreadable file is refused
    // before the dialog opens.
    DxfImportDialog(const QString &path, const QString &hallName, std::vector<DxfLayerInfo> layers,
                    QWidget *parent = nullptr);

    // The layer's role: std::nullopt to leave the layer out.
    void setLayerRole(const QString &layer, std::optional<DxfLayerRole> role);
    // Millimetres (0.001), metres (1), or std::nullopt for the file's own $INSUNITS.
    void setMetresPerUnit(std::optional<double> metresPerUnit);

    DxfImportOptions options() const;
    // The last successful read of the file with options(), or nothing when it failed.
    const std::optional<DxfHallImport> &result() const { return m_result; }
    QString previewText() const;

    // A role guessed from a layer's name: our own export's layers, and the usual CAD names
    // (A-WALL, A-COLS, M-CRAH …). Nothing for a layer the name says nothing about.
    static std::optional<DxfLayerRole> guessRole(const QString &layerName);

private:
    void refreshPreview();
    QComboBox *roleCombo(int row) const;

    QString m_path;
    std::vector<DxfLayerInfo> m_layers;
    QTableWidget *m_table = nullptr;
    QComboBox *m_units = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<DxfHallImport> m_result;
};

// A summary of an import for people, e.g. for the preview and the status bar (translated).
QString describeDxfImport(const DxfHallImport &import);

} // namespace hectare::ui
