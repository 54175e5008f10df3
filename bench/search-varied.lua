-- wrk script: a different search on every request (words of the demo texts, pairs of them, with a region
-- filter now and then), so that nothing comes from the page cache.
local words = {"empleo", "capacitacion", "feria", "mesa", "tecnica", "sectorial", "dialogo", "sindical",
  "conflicto", "acuerdo", "bonificacion", "omil", "temporada", "forestal", "minero", "agricola", "pesquero",
  "informe", "coberturas", "convenio", "municipalidad", "trabajadores", "empresa", "seremia", "provincia",
  "formalizacion", "prevision", "seguridad", "oficios", "sence", "fosis", "intermediacion", "escuela",
  "tripartito", "mediacion", "negociacion", "contratistas", "protocolo", "ciudadano", "decente"}
local regions = {"", "", "", "&region=nuble", "&region=biobio", "&region=metropolitana", "&tipo=noticias"}
math.randomseed(os.time())
request = function()
  local q = words[math.random(#words)]
  if math.random() < 0.5 then q = q .. "+" .. words[math.random(#words)] end
  local path = "/buscar?q=" .. q .. regions[math.random(#regions)] .. "&n=" .. math.random(1000000)
  return wrk.format("GET", path)
end
