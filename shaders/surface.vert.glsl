// Surface vertex shader: a flat grid of (u, v) in [0, 1]^2 displaced to z = f(x, y).
// The mesh only carries the shape; shading is computed per pixel in surface.frag.glsl.
#include "expr.glsl"
#include "plotFrame.glsl"
#include "undefinedValues.glsl"
#include "domainEdge.glsl"

// (below, above): 1 where that side of the z range cuts a pole (see surfaceCap.glsl)
uniform vec2 surface_clipped;

out vec2 v_domain;        // math (x, y); interpolated, so the fragment shader can evaluate f exactly per pixel
out float v_defined;      // 1 where f is defined at the vertex; inside a triangle touching an undefined vertex it is < 1
out float v_height;       // the (clamped) math height carried by the mesh
out vec3 v_viewPosition;

void main() {
  vec2 p = plot_domainMin + position.xy * plot_domainSize;
  float z = f(p);
  bool defined = plot_isDefined(z);
#ifdef PLOT_SNAP_EDGES
  if (!defined) {
    // Next to the defined region: move onto its edge (see domainEdge.glsl). Deeper in: stays undefined.
    vec2 snapped;
    if (plot_snapToDefined(p, snapped)) {
      p = snapped;
      z = f(p);
      defined = true;
    }
  }
#endif
  float span = plot_zRange.y - plot_zRange.x;
  // A pole's 1e30 becomes a vertex just beyond the lid (no spikes to infinity); the fragment shader, which knows f
  // exactly per pixel, discards what lies outside the box. Undefined vertices collapse onto the floor, and every
  // triangle touching one is discarded through v_defined, so no garbage triangles reach the screen.
  // On a side that cuts a pole, vertices beyond it lie exactly on the lid, where the fragment shader draws the cap.
  float below = plot_zRange.x - (surface_clipped.x > 0.5 ? 0.0 : 0.02 * span);
  float above = plot_zRange.y + (surface_clipped.y > 0.5 ? 0.0 : 0.02 * span);
  float height = defined ? clamp(z, below, above) : plot_zRange.x;
  v_defined = defined ? 1.0 : 0.0;
  v_domain = p;
  v_height = height;
  vec4 viewPosition = modelViewMatrix * vec4(plot_toWorld(vec3(p, height)), 1.0);
  v_viewPosition = viewPosition.xyz;
  gl_Position = projectionMatrix * viewPosition;
}
