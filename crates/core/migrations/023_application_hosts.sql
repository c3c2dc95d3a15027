-- Who is on the other side of each application: the hub a P2P visit goes to or comes from
-- (its pair), the host of a placement, or the partner the application names; with the pair's
-- visit dates once agreed. One row per application. Grants, letters and the cycle report
-- read the host from here instead of each repeating the joins.
CREATE VIEW application_hosts AS
SELECT a.id AS application_id,
       coalesce(pv.id, ph.id) AS pair_id,
       pv.id AS visiting_pair_id,
       coalesce(pv.visit_start, ph.visit_start) AS visit_start,
       coalesce(pv.visit_end, ph.visit_end) AS visit_end,
       coalesce(pv.hosting_hub_id, ph.visiting_hub_id, pl.host_hub_id, a.partner_hub_id) AS host_hub_id
  FROM applications a
  LEFT JOIN pairs pv ON pv.visiting_id = a.id
  LEFT JOIN pairs ph ON ph.hosting_id = a.id
  LEFT JOIN placements pl ON pl.application_id = a.id;
