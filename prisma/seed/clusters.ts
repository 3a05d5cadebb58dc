// The five ILP clusters of Permenkes 19/2024, with Klaster 5's sub-units.
export const CLUSTERS = [
  { id: 1, code: "K1", name: "Klaster 1 – Manajemen", nameEn: "Cluster 1 – Management" },
  { id: 2, code: "K2", name: "Klaster 2 – Ibu dan Anak", nameEn: "Cluster 2 – Mothers and Children" },
  { id: 3, code: "K3", name: "Klaster 3 – Usia Dewasa dan Lansia", nameEn: "Cluster 3 – Adults and Elderly" },
  {
    id: 4,
    code: "K4",
    name: "Klaster 4 – Penanggulangan Penyakit Menular",
    nameEn: "Cluster 4 – Communicable Disease Control",
  },
  { id: 5, code: "K5", name: "Klaster 5 – Lintas Klaster", nameEn: "Cluster 5 – Cross-cluster Services" },
];

export const CLUSTER_UNITS = [
  { id: 51, clusterId: 5, code: "K5-GIGI", name: "Gigi dan mulut", nameEn: "Dental and oral care" },
  { id: 52, clusterId: 5, code: "K5-GADAR", name: "Gawat darurat", nameEn: "Emergency" },
  { id: 53, clusterId: 5, code: "K5-RANAP", name: "Rawat inap", nameEn: "Inpatient care" },
  { id: 54, clusterId: 5, code: "K5-LAB", name: "Laboratorium", nameEn: "Laboratory" },
  { id: 55, clusterId: 5, code: "K5-FARMASI", name: "Farmasi", nameEn: "Pharmacy" },
];
