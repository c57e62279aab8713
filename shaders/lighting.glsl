// Soft studio lighting for the surface, in view space (the lights travel with the camera, so every side of the
// surface reads equally well while orbiting):
//   - a warm key light from the upper left and a cool, weaker fill from the right (two-light diffuse);
//   - a hemisphere ambient, brighter for normals facing up the screen;
//   - a gentle Blinn-Phong specular from the key light;
//   - a rim term (1 - n.v)^3 that outlines silhouettes against the background;
//   - slope darkening: steep parts of the graph get slightly darker, a cheap hint of ambient occlusion.
// The underside of the surface (seen from below) is shaded with the flipped normal and dimmed, so it reads as "back".

vec3 plot_shade(vec3 albedo, vec3 n, vec3 viewDir, float upness, bool backside) {
  const vec3 keyDir = vec3(-0.45, 0.65, 0.62);
  const vec3 fillDir = vec3(0.75, -0.15, 0.64);
  vec3 key = normalize(keyDir);
  vec3 fill = normalize(fillDir);
  float keyDiffuse = max(dot(n, key), 0.0);
  float fillDiffuse = max(dot(n, fill), 0.0);
  float hemisphere = 0.5 + 0.5 * n.y;
  vec3 ambient = mix(vec3(0.16, 0.16, 0.19), vec3(0.27, 0.27, 0.29), hemisphere);
  vec3 light = ambient + keyDiffuse * vec3(0.78, 0.75, 0.70) + fillDiffuse * vec3(0.22, 0.25, 0.32);
  vec3 halfway = normalize(key + viewDir);
  float specular = 0.10 * pow(max(dot(n, halfway), 0.0), 64.0);
  float rim = 0.12 * pow(1.0 - max(dot(n, viewDir), 0.0), 3.0);
  float occlusion = mix(0.82, 1.0, clamp(upness, 0.0, 1.0));
  vec3 color = albedo * light * occlusion + vec3(specular) + rim * mix(albedo, vec3(1.0), 0.6);
  return backside ? color * 0.6 : color;
}
