#pragma once

class QTableView;

// The one look of the Live workspace's tables: whole rows selected one at a
// time, read-only, striped, no wrapping, rows sized to the font, movable
// columns with the last one stretched.
namespace TableLook {
void apply(QTableView *view);
}
