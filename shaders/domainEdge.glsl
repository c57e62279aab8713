// Where f stops being defined inside the plot (the rim of sqrt(1 - x^2 - y^2), the line x = 0 of log(x)), the mesh
// would otherwise end in a staircase of whole grid cells: a triangle with an undefined corner cannot be drawn.
// Instead, an undefined vertex next to a defined one moves onto the edge of the defined region: we bisect between
// it and each defined grid neighbour and keep the nearest edge point found. Vertices deep in the undefined region
// have no defined neighbour; they stay flagged and their triangles are discarded. Needs f, plotFrame and
// undefinedValues before it.
uniform vec2 plot_cellSize; // grid spacing in math units: domain size / (resolution - 1)

const int PLOT_EDGE_BISECTIONS = 12; // the edge to 1/4096 of a cell

// The six neighbours joined to a vertex by triangle edges (the grid's diagonals run from (i, j) to (i+1, j+1)).
const vec2 PLOT_NEIGHBOURS[6] = vec2[6](vec2(1.0, 0.0), vec2(-1.0, 0.0), vec2(0.0, 1.0), vec2(0.0, -1.0),
                                        vec2(1.0, 1.0), vec2(-1.0, -1.0));

// Returns true and the nearest defined point on the segments toward defined neighbours, or false if there is none.
bool plot_snapToDefined(vec2 p, out vec2 snapped) {
  vec2 domainMax = plot_domainMin + plot_domainSize;
  float best = 1e30;
  for (int k = 0; k < 6; k++) {
    // Neighbours are kept inside the domain, so a snapped vertex never leaves the plot box.
    vec2 good = clamp(p + PLOT_NEIGHBOURS[k] * plot_cellSize, plot_domainMin, domainMax);
    if (!plot_isDefined(f(good))) continue;
    vec2 bad = p;
    for (int i = 0; i < PLOT_EDGE_BISECTIONS; i++) {
      vec2 middle = 0.5 * (good + bad);
      if (plot_isDefined(f(middle))) good = middle; else bad = middle;
    }
    float distanceToEdge = length((good - p) / plot_cellSize);
    if (distanceToEdge < best) {
      best = distanceToEdge;
      snapped = good;
    }
  }
  return best < 1e30;
}
