#pragma once

#include "layout/layout_edits.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace hectare::ui {

// Plan → Add Row: how the new row is made (its origin is the next click on the plan). The
// orientation offers the four directions a row usually runs in: 0° runs to the right on the
// plan, 90° down, 180° left, 270° up (the plan's y grows downwards, as in the file).
class RowDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RowDialog(const NewRowSpec &spec, QWidget *parent = nullptr);

    NewRowSpec spec() const;
    void setSpec(const NewRowSpec &spec);

private:
    NewRowSpec m_spec;   // what the dialog does not show (origin, weight, height) passes through
    QSpinBox *m_positions = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_depth = nullptr;
    QDoubleSpinBox *m_designKw = nullptr;
    QComboBox *m_orientation = nullptr;
};

// Properties… of a row: its name, the direction it runs in and which side faces the cold aisle.
class RowPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RowPropertiesDialog(const Row &row, QWidget *parent = nullptr);

    Row row() const;
    void setRow(const Row &row);

private:
    Row m_row;
    QLineEdit *m_name = nullptr;
    QComboBox *m_orientation = nullptr;
    QComboBox *m_coldAisle = nullptr;
};

} // namespace hectare::ui
